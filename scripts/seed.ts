// Loads the demo comparison from seeds/ (idempotent: a second run finds it and does nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createComparison } from '../lib/comparisons';
import { getPrisma } from '../lib/db/client';
import { SEED_COMPARISON_ID, readSeedArticles } from '../lib/comparisons/seed-articles';
import { closeAnalysisPool } from '../lib/workers/analysis-pool';

/** Analysed here, before the app starts: the demo is readable at once, whether or not workers run. */
export async function seedDemo(): Promise<void> {
  const { title, articles } = readSeedArticles(path.join(__dirname, '..', 'seeds'), readFileSync);
  const { id, created } = await createComparison({ id: SEED_COMPARISON_ID, title, articles, analyse: 'now' });
  console.log(created ? `parallax: seeded the demo comparison ${id}` : `parallax: the demo comparison ${id} is already there`);
}

if (require.main === module) {
  seedDemo()
    .then(async () => {
      await closeAnalysisPool();
      await getPrisma().$disconnect();
    })
    .catch((error) => {
      console.error(`parallax: seeding failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    });
}

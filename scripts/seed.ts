// Loads the demo comparison from seeds/ (idempotent: a second run finds it and does nothing).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createComparison } from '../lib/comparisons';
import { getPrisma } from '../lib/db/client';
import { SEED_COMPARISON_ID, readSeedArticles } from '../lib/comparisons/seed-articles';

async function main() {
  const { title, articles } = readSeedArticles(path.join(__dirname, '..', 'seeds'), readFileSync);
  const { id, created } = await createComparison({ id: SEED_COMPARISON_ID, title, articles });
  console.log(created ? `parallax: seeded the demo comparison ${id}` : `parallax: the demo comparison ${id} is already there`);
  await getPrisma().$disconnect();
}

main().catch((error) => {
  console.error(`parallax: seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

import path from 'node:path';
import type { ArticleInput } from '../contract/types';

export const SEED_COMPARISON_ID = 'demo-iran-us-talks';

interface SeedManifest {
  title: string;
  articles: { file: string; outlet: string; title: string }[];
}

/** The demo comparison's articles, from `seeds/comparison.json` and the text files it names. */
export function readSeedArticles(seedDir: string, read: (file: string, encoding: 'utf8') => string) {
  const manifest = JSON.parse(read(path.join(seedDir, 'comparison.json'), 'utf8')) as SeedManifest;
  const articles: ArticleInput[] = manifest.articles.map((a) => ({
    outlet: a.outlet,
    title: a.title,
    text: read(path.join(seedDir, a.file), 'utf8'),
  }));
  return { title: manifest.title, articles };
}

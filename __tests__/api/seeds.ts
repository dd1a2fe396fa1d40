import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const meta = JSON.parse(readFileSync(join(ROOT, 'seeds', 'comparison.json'), 'utf8')) as { articles: Array<{ file: string; outlet: string }> };

/** The two seed articles as API article inputs. */
export const seedArticles = meta.articles.map((a) => ({ outlet: a.outlet, text: readFileSync(join(ROOT, 'seeds', a.file), 'utf8') }));

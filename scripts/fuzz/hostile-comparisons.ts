// fast-check arbitraries for hostile comparisons: texts assembled from the pieces that once made a stage
// backtrack or rescan (quote marks of every kind, opened and never closed, across lines; "he said";
// commas; parentheses; tokenised punctuation; titled names), long repeats of one piece, the shapes of
// scripts/hostile/shapes.ts at random sizes, and random Unicode (lone surrogates included). Shared by the
// property test in `npm test` and the long run of `npm run fuzz`.
import fc from 'fast-check';
import type { ArticleInput } from '../../lib/contract/types';
import { HOSTILE_SHAPES } from '../hostile/shapes';

const QUOTE_MARKS = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201a', '\u2039', '\u203a', '\u300c', '\u300d', '``', "''"];
const PUNCTUATION = [' ', ' ', ' ', ', ', ' . ', '. ', ' : ', ': ', '; ', ' , ', '!', '?', '...', ' \u2014 ', ' - ', '(', ')', '[', ']', '\n', '\n\n', '\r\n', '\t'];
const WORDS = [
  'said', 'says', 'told', 'added', 'according to', 'he said', 'she said', 'they said', 'officials said', 'a source said',
  'the minister', 'Mr.', 'Dr.', 'Jane Doe', 'Tom Baker', 'Abbas Araghchi', 'Foreign Minister', 'spokesman', 'Iran', 'Rome',
  'the United States', 'on Friday', 'in May 2025', '1,200', '12%', '$5 million', 'not', 'the talks', 'would', 'resume', 'massacre',
  'terrorists', 'allegedly', 'reportedly', 'was killed', 'I', 'we', 'is', 'excited', 'challenge', 'U.S.', 'e.g.', "Iran's",
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Pieces joined with nothing or a space: quote marks end up both attached to words and standing alone. */
const assembled = fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 300 }).map((parts) => parts.map(([p, spaced]) => (spaced ? ` ${p}` : p)).join(''));

/** A few pieces repeated up to a few thousand times: thousands of "he said", of commas, of open quotes. */
const repeated = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4000 }))
  .map(([parts, times]) => parts.join(' ').repeat(times));

const shaped = fc
  .tuple(fc.constantFrom(...Object.keys(HOSTILE_SHAPES)), fc.integer({ min: 1, max: 30_000 }))
  .map(([shape, length]) => HOSTILE_SHAPES[shape](length));

export interface HostileOptions {
  /** Cut every text to this many characters. */
  maxChars?: number;
  maxArticles?: number;
}

export function hostileText({ maxChars = 40_000 }: HostileOptions = {}): fc.Arbitrary<string> {
  return fc
    .oneof({ weight: 4, arbitrary: assembled }, { weight: 2, arbitrary: repeated }, { weight: 2, arbitrary: shaped }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) })
    .chain((text) => fc.array(fc.constantFrom(...QUOTE_MARKS, '\n', ''), { maxLength: 3 }).map((extra) => `${extra.join('')}${text}${extra.reverse().join('')}`))
    .map((text) => text.slice(0, maxChars));
}

export function hostileComparison(options: HostileOptions = {}): fc.Arbitrary<ArticleInput[]> {
  const article = fc.record(
    {
      outlet: fc.constantFrom('Wire', 'Daily', 'Gazette', 'Post'),
      title: fc.oneof(hostileText({ maxChars: 300 }), fc.constant('Talks resume in Rome')),
      text: hostileText(options),
    },
    { requiredKeys: ['text'] },
  );
  return fc.array(article, { minLength: 1, maxLength: options.maxArticles ?? 4 });
}

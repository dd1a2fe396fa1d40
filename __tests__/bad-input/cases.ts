// The bad-input suite's cases, shared by the API and CLI tests. Each either gets a clear 4xx (the
// message a person can act on) or a correct analysis; never a 500.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_SHAPES, randomUnicode } from '../../scripts/hostile/shapes';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', '000_68b51bf4a201928c.txt'), 'utf8');

/** Real prose, repeated and cut to exactly `length` characters. */
export function proseOfLength(length: number): string {
  let text = '';
  while (text.length < length) text += `${seed}\n\n`;
  return text.slice(0, length);
}

export interface TextCase {
  name: string;
  texts: string[];
  /** null: a correct analysis is expected. */
  error: null | { status: number; message: RegExp };
}

export const TEXT_CASES: TextCase[] = [
  { name: 'empty', texts: [''], error: { status: 400, message: /The article text is empty/ } },
  { name: 'whitespace only', texts: [' \n\t \u00a0\n '], error: { status: 400, message: /only whitespace/ } },
  { name: 'one character', texts: ['a'], error: null },
  { name: '200,000 characters', texts: [proseOfLength(200_000)], error: null },
  { name: '200,001 characters', texts: [proseOfLength(200_001)], error: { status: 413, message: /longer than 200,000 characters/ } },
  { name: 'binary bytes', texts: ['PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000!\u0000binary'], error: { status: 400, message: /binary control characters/ } },
  { name: 'only punctuation', texts: ['!!! ... ??? --- ;;; (),'], error: { status: 400, message: /no letters or digits/ } },
  { name: 'only quotes', texts: ['"" \u201c\u201d \u2018\u2019 \u00ab\u00bb \'\''], error: { status: 400, message: /no letters or digits/ } },
  {
    name: 'non-English',
    texts: [
      'Die Gespräche zwischen Iran und den Vereinigten Staaten werden am Freitag in Rom fortgesetzt, sagte der omanische Außenminister.',
      '伊朗和美国的会谈将于星期五在罗马继续举行。阿曼外交大臣说。',
    ],
    error: null,
  },
  { name: 'duplicated articles', texts: [seed, seed], error: null },
  { name: '12 identical articles', texts: Array(12).fill('Talks between Iran and the United States resumed in Rome on Friday.'), error: null },
  { name: '13 articles', texts: Array(13).fill('Talks resumed.'), error: { status: 400, message: /at most 12 articles/ } },
  {
    name: 'markup and script in the text',
    texts: ['<script>alert(1)</script> Officials said <img src=x onerror="alert(2)"> the <a href="javascript:alert(3)">talks</a> resumed.'],
    error: null,
  },
  {
    // issue 10: the unclosed quotation that once looped forever in the claims stage
    name: 'three lines with an unclosed quotation',
    texts: [
      'I am excited because I know what is coming and he is going to have a blast . "\nJane Doe , who stars as the companion , said : "I am so excited Tom Baker is the man taking on the challenge of becoming the next lead .\n"With his writing and his talent I know we will be making an amazing show with an incredible lead .\n',
    ],
    error: null,
  },
  {
    name: 'hostile shapes: unclosed and mixed quotes, endless sentences, commas, "he said", deep parentheses, tokenised text',
    texts: Object.values(HOSTILE_SHAPES).map((shape) => shape(5_000)).concat(randomUnicode(5_000, 11)),
    error: null,
  },
];

// Hostile text shapes, each a function of a target length, shared by the scaling benchmark
// (`npm run bench hostile-input`), the fuzz run (`npm run fuzz`) and the bad-input suite. Each shape is
// the kind of text that once made a stage rescan its input: quotations never closed, lone marks, one
// endless sentence, thousands of "he said", deep parentheses, tokenised wire text, runs of titled names, one endless word.

const QUOTE_MARKS = ['"', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', "'", '\u201e', '\u2039', '\u203a', '\u300c', '\u300d'];

/** `unit` repeated and cut to `length` characters (never mid-surrogate: the units are BMP text). */
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const HOSTILE_SHAPES: Record<string, (length: number) => string> = {
  unclosedQuotes: (n) => repeatTo('Jane Doe said: "I am so excited Tom Baker is the man taking on the challenge .\n', n),
  loneMarks: (n) => repeatTo('He is going to have a blast . " She said : " With his talent \u201c we will ', n),
  mixedQuotes: (n) => repeatTo(QUOTE_MARKS.map((q, i) => `${q}word ${i} `).join('') + 'the minister said. ', n),
  longSentence: (n) => repeatTo('the talks between the two sides continued in the capital with officials from both ', n),
  commas: (n) => repeatTo('Rome, ', n),
  heSaid: (n) => repeatTo('he said, ', n),
  parens: (n) => `${'('.repeat(Math.floor(n / 2))}talks${')'.repeat(Math.max(0, Math.floor(n / 2) - 5))}`,
  tokenised: (n) => repeatTo('Iran \'s foreign minister , Abbas Araghchi , said on Monday : " The talks will go on . " ', n),
  capsNames: (n) => repeatTo('Abbas Araghchi Foreign Minister ', n),
  oneWord: (n) => repeatTo('Iran', n),
  newlines: (n) => repeatTo('" talks\n', n),
};

/** Deterministic random Unicode text (a seeded linear congruential generator): letters, marks, emoji, controls other than NUL. */
export function randomUnicode(length: number, seed = 1): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x600, 0x6ff], [0x4e00, 0x4fff], [0x2000, 0x206f], [0x1f300, 0x1f5ff]];
  let text = '';
  while (text.length < length) {
    const [low, high] = ranges[next() % ranges.length];
    text += String.fromCodePoint(low + (next() % (high - low + 1)));
    if (next() % 7 === 0) text += ' ';
  }
  return text;
}

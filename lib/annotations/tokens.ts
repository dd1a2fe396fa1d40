// Word tokens of an article with exact offsets into its clean text, read once per article with the one
// wink instance; every rule then works on the slice of tokens that falls inside one claim. The read is the shared
// token table (lib/nlp/tokens), so within one analyze() call the claims stage's read of the same text is reused.
import { readTokenTable } from '../nlp/tokens';
import { firstTokenFrom } from '../nlp/token-search';

export interface Token {
  start: number;
  end: number;
  value: string;
  lower: string;
  /** wink's lemma, lower-cased ("recognized" → "recognize"). */
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, AUX, PROPN, ADJ, ...). */
  pos: string;
}

export function tokenize(text: string): Token[] {
  const table = readTokenTable(text);
  // Whole-document reads of each property: several times faster than asking every token in turn.
  const values = table.column('value');
  const spaces = table.column('precedingSpaces');
  const lemmas = table.column('lemma');
  const tags = table.column('pos');
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    // wink keeps every character (its preceding spaces plus values rebuild the text); indexOf guards the rare drift.
    const start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) continue;
    const end = start + value.length;
    cursor = end;
    if (tags[i] === 'SPACE') continue;
    // Hyphen look-alikes (U+2010, U+2011) match a plain hyphen; offsets still point at the original character.
    const lower = value.toLowerCase().replace(/[\u2010\u2011]/g, '-');
    const lemma = String(lemmas[i]).toLowerCase().replace(/[\u2010\u2011]/g, '-');
    tokens.push({ start, end, value, lower, lemma, pos: tags[i] });
  }
  return tokens;
}

/** Index range `[from, to)` of the tokens lying inside `[start, end)` (tokens are sorted by offset). */
export function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  const lo = firstTokenFrom(tokens, start);
  let to = lo;
  while (to < tokens.length && tokens[to].end <= end) to++;
  return [lo, to];
}

// Word tokens of an article with exact offsets into its clean text, read once per article with the one
// wink instance; every rule then works on the slice of tokens that falls inside one claim.
import { nlp, its } from '../nlp/wink';

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
  const tokens: Token[] = [];
  const doc = nlp.readDoc(text);
  let cursor = 0;
  doc.tokens().each((t: { out: (f: unknown) => unknown }) => {
    const value = String(t.out(its.value));
    cursor += String(t.out(its.precedingSpaces)).length;
    // wink keeps every character (its preceding spaces plus values rebuild the text); indexOf guards the rare drift.
    const start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) return;
    const end = start + value.length;
    cursor = end;
    const pos = String(t.out(its.pos));
    if (pos === 'SPACE') return;
    // Hyphen look-alikes (U+2010, U+2011) match a plain hyphen; offsets still point at the original character.
    const lower = value.toLowerCase().replace(/[\u2010\u2011]/g, '-');
    tokens.push({ start, end, value, lower, lemma: String(t.out(its.lemma)).toLowerCase().replace(/[\u2010\u2011]/g, '-'), pos });
  });
  return tokens;
}

/** Index range `[from, to)` of the tokens lying inside `[start, end)` (tokens are sorted by offset). */
export function tokenRange(tokens: Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to].end <= end) to++;
  return [lo, to];
}

// One wink read per article: tokens with character offsets, wink's sentence spans and its entities (dates, numbers).
import { nlp, its } from '../nlp/wink';

export interface Token {
  value: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  /** wink token type: word, number, punctuation, currency, tabCRLF, ... */
  type: string;
  /** True for a word that starts with a capital letter. */
  cap: boolean;
}

const UPPER_START = /^\p{Lu}/u;
function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_START.test(value);
}

export interface WinkEntity {
  type: string;
  /** Token indices, inclusive start, exclusive end. */
  first: number;
  last: number;
}

export interface ReadText {
  tokens: Token[];
  /** wink's sentences as token index ranges [first, last] inclusive. */
  sentences: Array<[number, number]>;
  entities: WinkEntity[];
}

export function readText(text: string): ReadText {
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  let cursor = 0;
  // Whole-document reads (one call per property) are much cheaper than reading each token separately.
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  // wink's typings do not list precedingSpaces and lemma as collection readers; at run time they work like its.value.
  const spaces = all.out(its.precedingSpaces as never) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];
  const types = all.out(its.type) as string[];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // wink keeps each token's value and the spaces before it, so offsets follow by walking forward.
    let start = cursor + spaces[i].length;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
    }
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    tokens.push({ value, lower: value.toLowerCase(), start, end, pos: pos[i], lemma: lemmas[i], type: types[i], cap: types[i] === 'word' && startsUpper(value) });
  }
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: any) => {
    const span = s.out(its.span) as [number, number];
    sentences.push([span[0], span[1]]);
  });
  const entities: WinkEntity[] = [];
  doc.entities().each((e: any) => {
    const span = e.out(its.span) as [number, number];
    entities.push({ type: e.out(its.type), first: span[0], last: span[1] });
  });
  return { tokens, sentences, entities };
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

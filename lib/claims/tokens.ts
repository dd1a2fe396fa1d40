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
  // wink keeps each token's value and the spaces before it, so offsets follow by walking forward.
  doc.tokens().each((t: any) => {
    const value: string = t.out(its.value);
    const spaces: string = t.out(its.precedingSpaces);
    let start = cursor + spaces.length;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
    }
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    tokens.push({ value, lower: value.toLowerCase(), start, end, pos: t.out(its.pos), lemma: t.out(its.lemma), type: t.out(its.type) });
  });
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

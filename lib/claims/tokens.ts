// One wink read per article: tokens with character offsets, wink's sentence spans and its entities (dates, numbers).
// The read itself is the shared token table (lib/nlp/tokens), so the annotations stage does not read the text again.
import { readTokenTable, type WinkEntity } from '../nlp/tokens';

export type { WinkEntity };

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

export interface ReadText {
  tokens: Token[];
  /** wink's sentences as token index ranges [first, last] inclusive. */
  sentences: Array<[number, number]>;
  entities: WinkEntity[];
}

export function readText(text: string): ReadText {
  const table = readTokenTable(text);
  const tokens: Token[] = [];
  let cursor = 0;
  const values = table.column('value');
  const spaces = table.column('precedingSpaces');
  const pos = table.column('pos');
  const lemmas = table.column('lemma');
  const types = table.column('type');
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
  // Copies, so that no caller can alter the shared table's spans.
  const sentences = table.sentences().map(([first, last]): [number, number] => [first, last]);
  const entities = table.entities().map((e) => ({ ...e }));
  return { tokens, sentences, entities };
}

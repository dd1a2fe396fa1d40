// Word-by-word difference of two short texts (a quotation, a claim): the longest common subsequence
// of their words. Quadratic in words, so both sides are cut to MAX_WORDS: claims and quotations are
// sentences, and a longer input is compared on its first MAX_WORDS words.
import type { WordChange } from './types';

export const MAX_WORDS = 150;

const words = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).slice(0, MAX_WORDS);
const key = (word: string) => word.toLowerCase().replace(/’/g, "'");

export function wordDiff(draft: string, reference: string): WordChange[] {
  const a = words(draft);
  const b = words(reference);
  // lcs[i][j]: common subsequence length of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = key(a[i]) === key(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: WordChange[] = [];
  const push = (op: WordChange['op'], word: string) => {
    const last = out[out.length - 1];
    if (last?.op === op) last.text += ` ${word}`;
    else out.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]) === key(b[j])) {
      push('same', a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('draft', a[i++]);
    else push('reference', b[j++]);
  }
  while (i < a.length) push('draft', a[i++]);
  while (j < b.length) push('reference', b[j++]);
  return out;
}

/** Share of the longer side's words that both share: 1 for the same words. */
export function wordAgreement(diff: WordChange[]): number {
  let same = 0;
  let draft = 0;
  let reference = 0;
  for (const change of diff) {
    const n = change.text.split(' ').length;
    if (change.op === 'same') same += n;
    else if (change.op === 'draft') draft += n;
    else reference += n;
  }
  const longer = Math.max(same + draft, same + reference);
  return longer ? same / longer : 1;
}

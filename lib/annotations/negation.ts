// Negation scope: a negator (not, n't, no, never, without …) up to three words before a word governs it, unless a
// comma, a quotation mark or a clause joint (but, and, because …) comes between: "not a massacre", "wasn't
// helpful", but not "No one came, and the reply was cruel". Shared by the tone (a negated word's sign flips) and
// the annotation notes (a denied label still frames the issue).
import type { Token } from './tokens';

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'hardly', 'barely', 'nothing', 'none', 'nobody', 'cannot']);
const NEGATION_REACH = 3;
const SCOPE_BREAK = /^[,;:.!?()“”"—–]$|^(but|and|or|because|while|although|though|however|yet)$/;

/** The negator governing token `i` (not before token `from`), or null. */
export function negatorOf(tokens: Token[], i: number, from: number): Token | null {
  for (let k = i - 1; k >= Math.max(from, i - NEGATION_REACH); k--) {
    const w = tokens[k].lower.replace(/’/g, "'");
    if (NEGATORS.has(w)) return tokens[k];
    if (SCOPE_BREAK.test(w)) return null;
  }
  return null;
}

// Alias-table matches over a token range: longest match first, capitalisation respected.
import type { Token } from '../claims/tokens';
import { ALIAS_TRIE, type AliasEntry } from './lexicon';

export interface AliasMatch {
  first: number;
  /** Exclusive. */
  end: number;
  entry: AliasEntry;
}

export function matchAliasAt(tokens: Token[], i: number, limit: number): AliasMatch | null {
  if (i >= limit) return null;
  const head = tokens[i];
  // Common words that are also names (turkey, china, jordan) only count when capitalised.
  if (!head.cap) return null;
  let node = ALIAS_TRIE.next.get(head.lower);
  let best: AliasMatch | null = null;
  let j = i;
  while (node) {
    if (node.entry && (!node.exact || node.exact.every((w, k) => tokens[i + k].value === w))) {
      best = { first: i, end: j + 1, entry: node.entry };
    }
    j++;
    if (j >= limit) break;
    node = node.next.get(tokens[j].lower);
  }
  return best;
}

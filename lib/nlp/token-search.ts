// Offset look-ups over token lists sorted by offset, shared by the stages that keep their own token shapes.

/** Index of the first token whose start is at or after `offset` (binary search). */
export function firstTokenFrom(tokens: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

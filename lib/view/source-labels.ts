// How a source is named on the page: its outlet, or "Source A/B/C" in blind mode.
import type { Analysis } from '../contract/types';

/** "A" for 0, "B" for 1, … "Z", then "AA", "AB" (spreadsheet style) so any count stays unique. */
export function sourceLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

export function blindLabel(index: number): string {
  return `Source ${sourceLetter(index)}`;
}

/** Article id → the label shown for it. Empty outlets fall back to the blind label. */
export function sourceLabels(analysis: Analysis): Record<string, string> {
  return Object.fromEntries(
    analysis.articles.map((article, i) => [article.id, article.outlet.trim() || blindLabel(i)]),
  );
}

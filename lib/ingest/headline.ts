// Headline-like lines: short, no sentence-ending punctuation, mostly capitalised words (or all capitals).

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'amid', 'over', 'after', 'into', 'than', 'via', 'is', 'are', 'be',
]);

export function isHeadlineLike(line: string, maxWords = 25): boolean {
  if (/[.!;,:]["”’)]*$/.test(line)) return false;
  const words = line.split(' ');
  if (words.length < 2 || words.length > maxWords) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) return false;
  if (letters === letters.toUpperCase()) return true;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“‘'(]?[\p{Lu}\d$]/u.test(w)).length;
  return content.length > 0 && capitalised / content.length >= 0.6;
}

/** A subheading inside the body: headline-like or a short phrase without a verb-ending sentence mark. */
export function isSubheadingLike(line: string): boolean {
  if (/[.!?;,:]["”’)]*$/.test(line)) return false;
  const words = line.split(' ').length;
  return words >= 1 && words <= 14 && /^[\p{Lu}\d"“‘]/u.test(line);
}

/** Comparison key for repeated headlines: case, spacing and quote styles do not matter. */
export function headlineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}'"]+/gu, ' ')
    .trim();
}

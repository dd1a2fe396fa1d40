// A lone UTF-16 surrogate (half of an emoji, as JSON's "\ud83d" allows) is not text: it cannot be
// encoded as UTF-8 for storage or export, so every string field refuses it up front with a 400.
const wellFormed = (value: string): boolean => (value as unknown as { isWellFormed(): boolean }).isWellFormed();

export function isWellFormedText(value: string): boolean {
  return wellFormed(value);
}

export const loneSurrogateMessage = (what: string) =>
  `${what} contains a lone UTF-16 surrogate (half of a character such as an emoji): send well-formed Unicode text`;

// Whether two written names can be the same person: "Esmaeil Baghaei" ≈ "Baghaei" ≈ "Mr. Baghaei", and
// "Ben Jealous" ≈ "Benjamin Todd Jealous", "Bibi Netanyahu" ≈ "Benjamin Netanyahu" (first names vary with
// nicknames); "Esmaeil Baghaei" ≠ "Esmaeil Khatib". The family name decides: flagging two spellings of one
// person as a discrepancy is worse than missing two relatives with one family name.
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'jr', 'sr']);
const parts = (name: string) =>
  name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[\s.\-'’]+/).filter((p) => p.length > 1 && !TITLES.has(p));

export function sameName(a: string, b: string): boolean {
  const pa = parts(a), pb = parts(b);
  if (!pa.length || !pb.length) return false;
  return pa[pa.length - 1] === pb[pb.length - 1];
}

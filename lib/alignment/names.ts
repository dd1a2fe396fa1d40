// Whether two written names can be the same person: "Esmaeil Baghaei" ≈ "Baghaei", not ≈ "Esmaeil Khatib".
const parts = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[\s.\-']+/).filter((p) => p.length > 1);

export function sameName(a: string, b: string): boolean {
  const pa = parts(a), pb = parts(b);
  if (!pa.length || !pb.length) return false;
  if (pa[pa.length - 1] !== pb[pb.length - 1]) return false; // family names differ
  const [short, long] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  return short.every((p) => long.includes(p));
}

// Differences inside one group (one happening): numbers for the same counted thing, dates of the same kind,
// opposite polarity, and different named speakers for the same statement. Only pairs of members from
// different articles are compared; each discrepancy lists the value per claim and says what differs.
import type { GroupDiscrepancy } from '../contract/types';
import type { ClaimFeatures } from './claim-features';
import { BACKGROUND_COUNT, OPPOSITES } from './lexicons';
import { normaliseWord } from './normalise';
import { sameName } from './names';

const COMPARED = 12;

/** "March" and "March 2" do not disagree: one is only less precise. */
const sameDate = (x: string, y: string) => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);

/** A speaker slot holding "But" or "officials" is no name to compare; a name has a capitalised, uncommon word. */
function looksLikeName(name: string): boolean {
  return name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && (BACKGROUND_COUNT.get(normaliseWord(w)) ?? 0) < COMMON_WORD);
}
const COMMON_WORD = 2000;

/**
 * `linked`: the two claims are directly alike (not only through other members), so their numbers and dates
 * are about the same thing; `equivalent`: they say about as much as each other, so a negation or another
 * speaker is a real difference and not another detail.
 */
export function groupDiscrepancies(
  members: ClaimFeatures[],
  linked: (a: ClaimFeatures, b: ClaimFeatures) => boolean,
  equivalent: (a: ClaimFeatures, b: ClaimFeatures) => boolean,
): GroupDiscrepancy[] {
  const out: GroupDiscrepancy[] = [];
  const seen = new Set<string>();
  const add = (d: GroupDiscrepancy) => {
    const key = `${d.kind}|${d.values.map((v) => `${v.claim}=${v.value}`).sort().join('|')}`;
    if (!seen.has(key)) { seen.add(key); out.push(d); }
  };
  // in a very large group, each member is compared with the first few (the group's earliest statements)
  for (let x = 0; x < Math.min(members.length, COMPARED); x++) for (let y = x + 1; y < members.length; y++) {
    const a = members[x], b = members[y];
    if (a.articleId === b.articleId || !linked(a, b)) continue;
    for (const qa of a.quantities) for (const qb of b.quantities) {
      if (!qa.unit || qa.unit !== qb.unit || qa.value === qb.value) continue;
      if (a.quantities.some((q) => q.unit === qa.unit && b.quantities.some((r) => r.value === q.value))) continue;
      add({ kind: 'number', values: [{ claim: a.id, value: qa.text }, { claim: b.id, value: qb.text }], note: `different numbers for the same thing: ${qa.text} vs ${qb.text}` });
    }
    for (const type of ['weekday', 'month', 'year'] as const) {
      const da = a.dates.filter((d) => d.type === type), db = b.dates.filter((d) => d.type === type);
      if (!da.length || !db.length || da.some((d) => db.some((e) => sameDate(d.value, e.value)))) continue;
      add({ kind: 'date', values: [{ claim: a.id, value: da.map((d) => d.text).join(', ') }, { claim: b.id, value: db.map((d) => d.text).join(', ') }], note: `different ${type === 'weekday' ? 'days' : type === 'month' ? 'dates' : 'years'}: ${da.map((d) => d.text).join(', ')} vs ${db.map((d) => d.text).join(', ')}` });
    }
    if (!equivalent(a, b)) continue;
    const polarity = polarityDifference(a, b);
    if (polarity) add(polarity);
    const na = a.speaker?.name, nb = b.speaker?.name;
    if (na && nb && looksLikeName(na) && looksLikeName(nb) && !sameName(na, nb)) {
      add({ kind: 'actor', values: [{ claim: a.id, value: na }, { claim: b.id, value: nb }], note: `different people credited with the same statement: ${na} vs ${nb}` });
    }
  }
  return out;
}

function polarityDifference(a: ClaimFeatures, b: ClaimFeatures): GroupDiscrepancy | null {
  for (const o of OPPOSITES) {
    const aHasA = a.terms.has(o.a), aHasB = a.terms.has(o.b), bHasA = b.terms.has(o.a), bHasB = b.terms.has(o.b);
    if ((aHasA && !aHasB && bHasB && !bHasA) || (aHasB && !aHasA && bHasA && !bHasB)) {
      const va = a.terms.get(aHasA ? o.a : o.b)!, vb = b.terms.get(bHasA ? o.a : o.b)!;
      return { kind: 'polarity', values: [{ claim: a.id, value: va }, { claim: b.id, value: vb }], note: `opposite outcome: "${va}" vs "${vb}"` };
    }
  }
  // a negated word that the other claim states without negation ("did not agree" vs "agreed")
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const [key, phrase] of x.negated) {
      if (!y.terms.has(key) || y.nearNegation.has(key)) continue;
      const [first, second] = x === a ? [phrase, y.terms.get(key)!] : [y.terms.get(key)!, phrase];
      return { kind: 'polarity', values: [{ claim: a.id, value: first }, { claim: b.id, value: second }], note: `one claim negates what the other affirms: "${phrase}" vs "${y.terms.get(key)!.split('/')[0]}"` };
    }
  }
  return null;
}

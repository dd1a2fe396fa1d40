// Each member's relation to its group and what only it states. The group's core is the member most alike
// to the others; a member close to the core is `same`, the rest `related` (same happening, other detail).
import type { GroupMember } from '../contract/types';
import { isFunctionTerm, type ClaimFeatures } from './claim-features';
import { backgroundWeight, type TermWeights } from './weights';

/** A term this light is not worth listing as a detail a member adds. */
const MIN_ADD_WEIGHT = 0.45;
const MAX_ADDS = 6;
/** ...and this rare in general English: "reluctantly", "indirect", "upcoming" are details; "continue", "rather" are not. */
const MIN_ADD_RARITY = 0.8;
/** Members compared when choosing the core of a very large group. */
const CORE_SAMPLE = 12;

export function coreOf(group: number[], similarity: (i: number, j: number) => number): number {
  let best = group[0], bestSum = -1;
  const sample = group.slice(0, CORE_SAMPLE);
  for (const i of group) {
    let sum = 0;
    for (const j of sample) if (j !== i) sum += similarity(i, j);
    if (sum > bestSum) { best = i; bestSum = sum; }
  }
  return best;
}

export function groupMembers(
  group: number[],
  claims: ClaimFeatures[],
  core: number,
  sameThreshold: number,
  similarity: (i: number, j: number) => number,
  w: TermWeights,
): GroupMember[] {
  return group.map((i) => ({
    claim: claims[i].id,
    relation: i === core || similarity(i, core) >= sameThreshold ? 'same' : 'related',
    adds: group.length > 1 ? addedDetails(claims[i], group.filter((j) => j !== i).map((j) => claims[j]), w) : [],
  }));
}

/** Numbers, dates, actors and rare words that no other member of the group states. */
export function addedDetails(member: ClaimFeatures, others: ClaimFeatures[], w: TermWeights): string[] {
  const out: string[] = [];
  const push = (s: string) => { if (!out.some((x) => x.toLowerCase() === s.toLowerCase())) out.push(s); };
  for (const q of member.quantities) if (!others.some((o) => o.quantities.some((r) => r.value === q.value))) push(q.text);
  for (const d of member.dates) if (!others.some((o) => o.dates.some((e) => e.value === d.value))) push(d.text);
  for (const [key, name] of member.actors) if (!others.some((o) => o.actors.has(key))) push(name);
  const quantityWords = new Set(member.quantities.flatMap((q) => q.text.toLowerCase().split(' ')));
  const words = [...member.terms.entries()]
    .filter(([key, surface]) => !key.startsWith('@') && !isFunctionTerm(key) && !member.frameTerms.has(key) && !quantityWords.has(surface.toLowerCase()))
    .filter(([key]) => !others.some((o) => o.terms.has(key)) && w.base(key) >= MIN_ADD_WEIGHT && backgroundWeight(key) >= MIN_ADD_RARITY)
    .filter(([, surface]) => !member.actors.has(surface.toLowerCase()) && !/^\p{Lu}/u.test(surface));
  for (const [, surface] of words) push(surface.split('/')[0]);
  return out.slice(0, MAX_ADDS);
}

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
  const counts = group.length > 1 ? detailCounts(group.map((i) => claims[i])) : null;
  return group.map((i) => ({
    claim: claims[i].id,
    relation: i === core || similarity(i, core) >= sameThreshold ? 'same' : 'related',
    adds: counts ? addedDetails(claims[i], counts, w) : [],
  }));
}

/** How many members state each detail: a member's own detail is one that no other member states (count 1). */
interface DetailCounts {
  quantities: Map<string, number>;
  dates: Map<string, number>;
  actors: Map<string, number>;
  terms: Map<string, number>;
}

function detailCounts(members: ClaimFeatures[]): DetailCounts {
  const counts: DetailCounts = { quantities: new Map(), dates: new Map(), actors: new Map(), terms: new Map() };
  const add = (map: Map<string, number>, keys: Iterable<string>) => { for (const k of new Set(keys)) map.set(k, (map.get(k) ?? 0) + 1); };
  for (const m of members) {
    add(counts.quantities, m.quantities.map((q) => q.value));
    add(counts.dates, m.dates.map((d) => d.value));
    add(counts.actors, m.actors.keys());
    add(counts.terms, m.terms.keys());
  }
  return counts;
}

/** Numbers, dates, actors and rare words that no other member of the group states. */
function addedDetails(member: ClaimFeatures, counts: DetailCounts, w: TermWeights): string[] {
  const out: string[] = [];
  const only = (map: Map<string, number>, key: string) => (map.get(key) ?? 0) <= 1;
  const push = (s: string) => { if (!out.some((x) => x.toLowerCase() === s.toLowerCase())) out.push(s); };
  for (const q of member.quantities) if (only(counts.quantities, q.value)) push(q.text);
  for (const d of member.dates) if (only(counts.dates, d.value)) push(d.text);
  for (const [key, name] of member.actors) if (only(counts.actors, key)) push(name);
  const quantityWords = new Set(member.quantities.flatMap((q) => q.text.toLowerCase().split(' ')));
  for (const [key, surface] of member.terms) {
    if (out.length >= MAX_ADDS) break;
    if (key.startsWith('@') || isFunctionTerm(key) || member.frameTerms.has(key) || quantityWords.has(surface.toLowerCase())) continue;
    if (!only(counts.terms, key) || w.base(key) < MIN_ADD_WEIGHT || backgroundWeight(key) < MIN_ADD_RARITY) continue;
    if (member.actors.has(surface.toLowerCase()) || /^\p{Lu}/u.test(surface)) continue;
    push(surface.split('/')[0]);
  }
  return out.slice(0, MAX_ADDS);
}

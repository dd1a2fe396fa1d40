// Headlines of one event stay together. A headline is a few words chosen to name the story, so the
// pair model, built for claims, rarely finds two outlets' headlines alike enough (on the BASIL dev
// triplets 26 of 90 headline pairs shared a group). After grouping, headlines of different articles
// whose rarity-weighted word overlap reaches a fitted floor are moved into one group: one that grouping
// already gave two of them (with the body claims they summarise), else a group of their own.
// Only headlines move; body groups are as grouping made them.
import type { Claim } from '../contract/types';
import headlineFit from '../../lexicons/alignment-headlines.json';
import { contentWords, type Words } from './content-words';

export const HEADLINE_FLOOR: number = headlineFit.floor.value;
export const LONE_CLAIM_FLOOR: number = headlineFit.loneClaimFloor.value;

/** Rarity-weighted Dice overlap of two texts' content words, 0..1. */
export function weightedDice(a: Words, b: Words): number {
  let shared = 0;
  for (const [key, weight] of a.weights) if (b.weights.has(key)) shared += weight;
  return (2 * shared) / Math.max(1e-9, a.total + b.total);
}

export function joinHeadlines(groups: number[][], claims: Claim[], floor = HEADLINE_FLOOR, loneFloor = LONE_CLAIM_FLOOR): number[][] {
  // an article's headline is its first headline claim; short lines further down may be classed as
  // headlines too (a list of subheads, thousands of one-word lines), and are left to grouping
  const seenArticles = new Set<string>();
  const headlines: number[] = [];
  claims.forEach((c, i) => {
    if (c.kind !== 'headline' || seenArticles.has(c.articleId)) return;
    seenArticles.add(c.articleId);
    headlines.push(i);
  });
  if (headlines.length === 0) return groups;
  const words = new Map(headlines.map((i) => [i, contentWords(claims[i].text)]));
  // union-find over headline pairs of different articles (one headline per article: at most a few dozen)
  const parent = new Map(headlines.map((i) => [i, i]));
  const find = (i: number): number => (parent.get(i) === i ? i : find(parent.get(i)!));
  for (let x = 0; x < headlines.length; x++)
    for (let y = x + 1; y < headlines.length; y++) {
      const [i, j] = [headlines[x], headlines[y]];
      if (claims[i].articleId !== claims[j].articleId && weightedDice(words.get(i)!, words.get(j)!) >= floor)
        parent.set(find(j), find(i));
    }
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const articlesIn = (k: number) => new Set(groups[k].map((i) => claims[i].articleId)).size;
  const clusters = new Map<number, number[]>();
  for (const i of headlines) clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]);
  const next = groups.map((g) => [...g]);
  /** Headline → the group it moved to: it leaves every other group. */
  const moved = new Map<number, number>();
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    // a group that grouping already gave two of these headlines keeps them all; else the headlines
    // form a group of their own rather than pull one outlet's body claims into another's
    const held = (k: number) => members.filter((i) => groupOf.get(i) === k).length;
    const agreed = members.map((i) => groupOf.get(i)!).filter((k) => held(k) >= 2).sort((a, b) => held(b) - held(a) || articlesIn(b) - articlesIn(a) || a - b)[0];
    const target = agreed ?? next.push([]) - 1;
    for (const i of members) {
      const from = groupOf.get(i)!;
      if (from === target) continue;
      moved.set(i, target);
      next[target].push(i);
    }
  }
  const joined = next.map((g, k) => g.filter((i) => !moved.has(i) || moved.get(i) === k)).filter((g) => g.length > 0);
  return joinLoneClaimsToHeadlines(joined, claims, headlines, words, loneFloor).map((g) => g.sort((a, b) => a - b));
}

/** A claim grouping left alone that restates another article's headline (a summary's sentence, a lede)
 *  joins that headline's group: the headline names the story, so the same overlap floor applies. */
function joinLoneClaimsToHeadlines(groups: number[][], claims: Claim[], headlines: number[], words: Map<number, Words>, floor: number): number[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const joins = new Map<number, number>();
  groups.forEach((g) => {
    if (g.length !== 1 || claims[g[0]].kind === 'headline') return;
    const lone = g[0];
    const own = contentWords(claims[lone].text);
    let best = -1, bestDice = floor;
    for (const h of headlines) {
      if (claims[h].articleId === claims[lone].articleId) continue;
      const dice = weightedDice(own, words.get(h)!);
      if (dice >= bestDice) [best, bestDice] = [h, dice];
    }
    if (best >= 0) joins.set(lone, groupOf.get(best)!);
  });
  if (joins.size === 0) return groups;
  const next = groups.map((g) => [...g]);
  for (const [lone, k] of joins) { next[k].push(lone); next[groupOf.get(lone)!] = []; }
  return next.filter((g) => g.length > 0);
}

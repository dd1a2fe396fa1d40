// Alignment stage: links claims across articles, groups those about the same happening (every claim in exactly
// one group), and explains how the members of a group differ and which facts disagree across the comparison.
import type { AnalyzedArticle, Claim, ClaimGroup, ClaimLink, ComparisonDiscrepancy } from '../contract/types';
import { claimFeatures, type ClaimFeatures } from './claim-features';
import { termWeights, type TermWeights } from './weights';
import { comparePair, explainPair, DEFAULT_PARAMS, type PairParts, type SimilarityParams } from './similarity';
import { candidatePairs } from './candidates';
import { FITTED_MODEL, type PairModel } from './model';
import { storySimilarity, termVectors } from './vectors';
import { groupClaims, type ScoredPair } from './grouping';
import { coreOf, groupMembers } from './members';
import { groupDiscrepancies } from './group-discrepancies';
import { roleDiscrepancies } from './role-discrepancies';
import { compareTone } from '../sentiment/compare-tone';
import { groupSummary } from './summary';
import { narrativeOrder } from './order';
import { joinHeadlines } from './headlines';

/** Claims of few-claim articles at or above this probability say the same thing (paraphrase; fitted on MSRP train by scripts/train-alignment.ts --threshold, docs/alignment.md). */
export const GROUP_THRESHOLD = 0.525;
/** Mutual best matches between articles at or above this score describe the same happening with other detail. */
export const RELATED_FLOOR = 0.25;
/** A member this close to its group's core is `same`; below, `related`. */
export const SAME_THRESHOLD = GROUP_THRESHOLD;
/** Share of the threshold the plain Dice overlap must reach for polarity and speaker checks. */
const EQUIVALENT_SHARE = 0.8;
/** Members compared for numbers and dates must be directly alike: this share above the related floor. */
const LINKED_SHARE = 1.5;
/** Links kept per claim (best first), near-misses included. */
const LINKS_PER_CLAIM = 3;
/** Links below this are noise, not near-misses. */
const MIN_LINK_SCORE = 0.05;

export interface Alignment {
  groups: ClaimGroup[];
  links: ClaimLink[];
  discrepancies: ComparisonDiscrepancy[];
}

/** Knobs for evaluation and tuning only; the pipeline uses the defaults. */
export interface AlignOptions {
  params?: SimilarityParams;
  threshold?: number;
  /** false: compare words without the near-synonym classes (to measure what they are worth). */
  synonyms?: boolean;
  relatedFloor?: number;
  /** Share of the related floor two merging groups must reach on average. */
  averageLinkShare?: number;
  /** Share of the related floor a single claim must reach on average with a group's members to join it. */
  singleJoinShare?: number;
  /** Word evidence a join needs between multi-claim articles. */
  minEvidence?: number;
  /** Probability at which a pair of claims of multi-claim articles joins without being a best match. */
  storyThreshold?: number;
  /** Shared content a best match below the story threshold needs. */
  minAnchor?: number;
  /** Share of a claim's best score in an article within which a match counts as best. */
  nearBestShare?: number;
  /** false: no pairs of neighbouring words. */
  bigrams?: boolean;
  /** `flat`: no background rarity, only rarity within the comparison (to measure what the table is worth). */
  rarity?: 'background' | 'flat';
  /** Pair model other than the fitted one (training and cross-validation). */
  model?: PairModel;
}

export function align(articles: AnalyzedArticle[], options: AlignOptions = {}): Alignment {
  const params = options.params ?? DEFAULT_PARAMS;
  const model = options.model ?? FITTED_MODEL;
  const threshold = options.threshold ?? GROUP_THRESHOLD;
  const claims: Claim[] = articles.flatMap((a) => a.claims);
  const features = articles.flatMap((a) => a.claims.map((c) => claimFeatures(c, a.claims.length, { synonyms: options.synonyms, bigrams: options.bigrams })));
  const weights = termWeights(features, options.rarity ?? 'background');
  const { vectors } = termVectors(features, weights);
  const story = storySimilarity(features, vectors);

  // Scored pairs are kept as numbers in flat arrays (one slot per pair), not as objects: large comparisons
  // score ~10^5 pairs and the garbage collector was a third of the time.
  const n = features.length;
  const slotOf = new Map<number, number>();
  const scoreOf: number[] = [], diceOf: number[] = [], anchorOf: number[] = [], evidenceOf: number[] = [], happeningOf: boolean[] = [];
  const slot = (i: number, j: number): number => {
    const x = i < j ? i : j, y = i < j ? j : i;
    const key = x * n + y;
    let k = slotOf.get(key);
    if (k === undefined) {
      const p = comparePair(features[x], features[y], vectors[x], vectors[y], weights, params, model, story(x, y));
      k = scoreOf.length;
      scoreOf.push(p.score);
      diceOf.push(p.dice);
      anchorOf.push(p.sharedContent);
      evidenceOf.push(p.evidence);
      happeningOf.push(p.sameHappening);
      slotOf.set(key, k);
    }
    return k;
  };
  const similarity = (i: number, j: number) => (i === j ? 1 : scoreOf[slot(i, j)]);
  /** Close enough to compare polarity and speakers: the two say about as much as each other, and alike. */
  const equivalent = (i: number, j: number) => i !== j && diceOf[slot(i, j)] >= threshold * EQUIVALENT_SHARE;
  const parts = (i: number, j: number): PairParts => comparePair(features[i], features[j], vectors[i], vectors[j], weights, params, model, story(i, j));

  const candidates = candidatePairs(features, vectors);
  const scored: ScoredPair[] = [];
  candidates.forEach((list, i) => {
    for (const j of list) {
      const x = i < j ? i : j, y = i < j ? j : i;
      if (slotOf.has(x * n + y)) continue;
      const k = slot(x, y);
      scored.push({ i: x, j: y, score: scoreOf[k], sharedContent: anchorOf[k], evidence: evidenceOf[k], sameHappening: happeningOf[k] });
    }
  });

  const links = bestLinks(scored, features, weights, parts);
  const grouped = narrativeOrder(
    joinHeadlines(groupClaims(features, scored, threshold, Math.min(threshold, options.relatedFloor ?? RELATED_FLOOR), similarity, options.averageLinkShare, options.nearBestShare, options.singleJoinShare, options.minEvidence, options.storyThreshold, options.minAnchor), claims),
    features,
    articles.length,
  );
  const outlets = Object.fromEntries(articles.map((a) => [a.id, a.outlet]));
  const linkedScore = Math.min(threshold, options.relatedFloor ?? RELATED_FLOOR) * LINKED_SHARE;
  const groups = grouped.map((g, index) => buildGroup(g, index, articles, claims, features, weights, similarity, equivalent, linkedScore, outlets));
  return { groups, links, discrepancies: roleDiscrepancies(articles) };
}

function bestLinks(scored: ScoredPair[], features: ClaimFeatures[], w: TermWeights, parts: (i: number, j: number) => PairParts): ClaimLink[] {
  const perClaim = new Map<number, ScoredPair[]>();
  for (const p of scored) {
    if (p.score < MIN_LINK_SCORE) continue;
    for (const k of [p.i, p.j]) (perClaim.get(k) ?? perClaim.set(k, []).get(k)!).push(p);
  }
  const kept = new Set<ScoredPair>();
  for (const list of perClaim.values()) {
    list.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j).slice(0, LINKS_PER_CLAIM).forEach((p) => kept.add(p));
  }
  return [...kept]
    .sort((x, y) => x.i - y.i || x.j - y.j)
    .map((p) => ({
      a: features[p.i].id,
      b: features[p.j].id,
      score: Number(p.score.toFixed(4)),
      features: explainPair(features[p.i], features[p.j], parts(p.i, p.j), w),
    }));
}

function buildGroup(
  g: number[],
  index: number,
  articles: AnalyzedArticle[],
  claims: Claim[],
  features: ClaimFeatures[],
  weights: TermWeights,
  similarity: (i: number, j: number) => number,
  equivalent: (i: number, j: number) => boolean,
  linkedScore: number,
  outlets: Record<string, string>,
): ClaimGroup {
  const core = coreOf(g, similarity);
  const groupArticles = articles.map((a) => a.id).filter((id) => g.some((i) => features[i].articleId === id));
  const memberFeatures = g.map((i) => features[i]);
  const byId = new Map(g.map((i) => [features[i].id, i]));
  const discrepancies = groupArticles.length > 1
    ? groupDiscrepancies(
      memberFeatures,
      (a, b) => similarity(byId.get(a.id)!, byId.get(b.id)!) >= linkedScore,
      (a, b) => equivalent(byId.get(a.id)!, byId.get(b.id)!),
    )
    : [];
  return {
    id: `g${index + 1}`,
    claims: g.map((i) => features[i].id),
    kind: groupArticles.length < 2 ? 'unique' : discrepancies.length ? 'conflict' : 'shared',
    articles: groupArticles,
    members: groupMembers(g, features, core, SAME_THRESHOLD, similarity, weights),
    discrepancies,
    tone: groupArticles.length > 1 ? compareTone(g.map((i) => claims[i]), outlets) : null,
    summary: groupSummary(memberFeatures, features[core], weights),
  };
}

// What every part of the check reads: the analysis of [draft, ...references], word indexes of each
// article's claims, each claim's group, and the fitted thresholds (lexicons/check-thresholds.json).
import type { Analysis, AnalyzedArticle, Claim, ClaimGroup } from '../contract/types';
import thresholds from '../../lexicons/check-thresholds.json';
import { claimWords, containment, type ClaimWords } from '../alignment/content-words';
import { ClaimIndex, type Closest } from './counterparts';
import type { ClaimRef } from './types';

export interface CheckThresholds {
  /** A claim of another article stands for a claim when it holds at least this share of its words… */
  covered: number;
  /** …or, aligned into the same group, at least this share. */
  grouped: number;
}

export const FITTED_THRESHOLDS: CheckThresholds = { covered: thresholds.covered.value, grouped: thresholds.grouped.value };

export interface CheckContext {
  analysis: Analysis;
  draft: AnalyzedArticle;
  references: AnalyzedArticle[];
  index: Map<string, ClaimIndex>;
  groupOf: Map<string, ClaimGroup>;
  claimById: Map<string, Claim>;
  articleById: Map<string, AnalyzedArticle>;
  words: Map<string, ClaimWords>;
  thresholds: CheckThresholds;
}

export function checkContext(analysis: Analysis, thresholds: CheckThresholds = FITTED_THRESHOLDS): CheckContext {
  const [draft, ...references] = analysis.articles;
  const groupOf = new Map<string, ClaimGroup>();
  for (const group of analysis.groups) for (const id of group.claims) groupOf.set(id, group);
  const claimById = new Map<string, Claim>();
  const words = new Map<string, ClaimWords>();
  for (const article of analysis.articles)
    for (const claim of article.claims) {
      claimById.set(claim.id, claim);
      words.set(claim.id, claimWords(claim));
    }
  return {
    analysis,
    draft,
    references,
    index: new Map(analysis.articles.map((a) => [a.id, new ClaimIndex(a.claims)])),
    groupOf,
    claimById,
    articleById: new Map(analysis.articles.map((a) => [a.id, a])),
    words,
    thresholds,
  };
}

export function claimRef(context: CheckContext, claim: Claim): ClaimRef {
  const article = context.articleById.get(claim.articleId)!;
  return { article: article.id, outlet: article.outlet, claim: claim.id, start: claim.start, end: claim.end, text: claim.text };
}

/**
 * The claim of `article` that stands for `claim`, if any: the closest by words when it holds at least
 * `covered` of them, else a claim aligned into the same group that holds at least `grouped` of them.
 */
export function counterpartIn(context: CheckContext, claim: Claim, article: AnalyzedArticle): Closest | null {
  const own = context.words.get(claim.id)!;
  const closest = context.index.get(article.id)!.closest(own);
  if (closest && closest.overlap >= context.thresholds.covered) return closest;
  let grouped: Closest | null = null;
  for (const id of context.groupOf.get(claim.id)?.claims ?? []) {
    const other = context.claimById.get(id)!;
    if (other.articleId !== article.id) continue;
    const overlap = containment(own.words, context.words.get(id)!.words);
    if (overlap >= context.thresholds.grouped && (!grouped || overlap > grouped.overlap)) grouped = { claim: other, overlap };
  }
  return grouped;
}

/** The closest claim of `article` by words, whatever its overlap (for explanations). */
export function closestIn(context: CheckContext, claim: Claim, article: AnalyzedArticle): Closest | null {
  return context.index.get(article.id)!.closest(context.words.get(claim.id)!);
}

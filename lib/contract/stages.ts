// The intermediate shapes handed from one pipeline stage to the next.
import type { AnalyzedArticle, Claim } from './types';

/** Output of ingest: a clean article without claims yet. */
export type IngestedArticle = Omit<AnalyzedArticle, 'claims'>;

/** Output of the claims stage: what annotations, frames and sentiment are then added to. */
export type ExtractedClaim = Omit<Claim, 'sentiment' | 'bias' | 'annotations' | 'frames'>;

export interface ArticleWithClaims extends IngestedArticle {
  claims: ExtractedClaim[];
}

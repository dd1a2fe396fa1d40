// Annotations stage: adds annotations, frames, sentiment and the narrator-bias score to every claim. The article is read by wink
// once; each claim then works on its own slice of tokens.
import type { AnalyzedArticle, Sentiment } from '../contract/types';
import type { ArticleWithClaims } from '../contract/stages';
import { detectFrames } from '../frames';
import { scoreClaimSentiment } from '../sentiment';
import { scoreBias } from '../bias';
import { annotateClaim } from './annotate-claim';
import { needsLoadedClaim } from './rules/published';
import { tokenize, tokenRange } from './tokens';

const NOT_ANALYSED: Sentiment = { score: 0, comparative: 0, label: 'neutral', words: [], actorTone: [] };

export function annotate(article: ArticleWithClaims): AnalyzedArticle {
  // The word lists are English: text in another language is flagged by ingest and not judged with them.
  if (!article.language.supported) {
    return { ...article, claims: article.claims.map((claim) => ({ ...claim, sentiment: NOT_ANALYSED, annotations: [], frames: [] })) };
  }
  const tokens = tokenize(article.text);
  return {
    ...article,
    claims: article.claims.map((claim) => {
      const [from, to] = tokenRange(tokens, claim.start, claim.end);
      const sentiment = scoreClaimSentiment(claim, tokens, from, to);
      // The score reads every finding; a weak opinion word is then shown only in a claim the score calls loaded.
      const findings = annotateClaim(article.text, claim, tokens, from, to);
      const bias = scoreBias(claim, findings, sentiment, tokens, from, to);
      return {
        ...claim,
        sentiment,
        bias,
        annotations: bias.loaded ? findings : findings.filter((a) => !needsLoadedClaim(a.entry)),
        frames: detectFrames(article.text, tokens, from, to),
      };
    }),
  };
}

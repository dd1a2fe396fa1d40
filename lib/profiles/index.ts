// Profiles stage: one summary per source.
import type { AnalyzedArticle, ClaimGroup, SourceProfile } from '../contract/types';

export function profileSources(articles: AnalyzedArticle[], groups: ClaimGroup[]): SourceProfile[] {
  return articles.map((article) => {
    const tone = { negative: 0, neutral: 0, positive: 0, mean: 0 };
    for (const c of article.claims) tone[c.sentiment.label]++;
    tone.mean = article.claims.length
      ? Number((article.claims.reduce((s, c) => s + c.sentiment.score, 0) / article.claims.length).toFixed(3))
      : 0;
    return {
      article: article.id,
      outlet: article.outlet,
      claims: article.claims.length,
      words: { narrator: article.wordCount, quoted: 0 },
      loadedDensity: { narrator: 0, quoted: 0 },
      annotationCounts: {},
      hedgeRate: 0,
      boosterRate: 0,
      attribution: {
        named: article.claims.filter((c) => c.speaker && !c.speaker.vague).length,
        vague: article.claims.filter((c) => c.speaker?.vague).length,
        unattributed: article.claims.filter((c) => !c.speaker).length,
      },
      quoted: [],
      labels: [],
      frames: [],
      tone,
      uniqueClaims: groups.filter((g) => g.kind === 'unique' && g.articles[0] === article.id).reduce((s, g) => s + g.claims.length, 0),
    };
  });
}

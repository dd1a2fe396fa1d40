// The whole analysis, assembled in one visible place: ingest → claims → annotations → alignment → profiles.
// Every stage is pure and deterministic; the same input always gives the same Analysis.
import { SCHEMA_VERSION, type Analysis, type ArticleInput } from './contract/types';
import { ingest } from './ingest';
import { extractClaims } from './claims';
import { annotate } from './annotations';
import { align } from './alignment';
import { profileSources } from './profiles';
import { withTokenTables } from './nlp/tokens';

export function analyze(inputs: ArticleInput[]): Analysis {
  // Claims and annotations both need wink's read of each article: one table per text, dropped when the call returns.
  return withTokenTables(() => {
    const articles = inputs
      .map((input, i) => ingest(input, `a${i + 1}`))
      .map(extractClaims)
      .map(annotate);
    const { groups, links, discrepancies } = align(articles);
    const sources = profileSources(articles, groups);
    return { schemaVersion: SCHEMA_VERSION, articles, groups, discrepancies, links, sources };
  });
}

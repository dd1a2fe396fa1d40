// The whole analysis, assembled in one visible place: ingest → claims → annotations → alignment → profiles.
// Every stage is pure and deterministic; the same input always gives the same Analysis.
import { SCHEMA_VERSION, type Analysis, type ArticleInput } from './contract/types';
import { ingest } from './ingest';
import { extractClaims } from './claims';
import { annotate } from './annotations';
import { align } from './alignment';
import { profileSources } from './profiles';
import { withTokenTables } from './nlp/tokens';

export type StageName = 'ingest' | 'claims' | 'annotations' | 'alignment' | 'profiles';

/**
 * Told as each stage starts, with the article (index into the inputs) for the per-article stages. The
 * worker pool (lib/workers) passes it on, so an analysis stopped at its deadline can say where it was.
 */
export type StageObserver = (stage: StageName, article?: number) => void;

export function analyze(inputs: ArticleInput[], observe: StageObserver = () => {}): Analysis {
  const each =
    <A, B>(stage: StageName, run: (item: A, index: number) => B) =>
    (item: A, index: number): B => {
      observe(stage, index);
      return run(item, index);
    };
  // Claims and annotations both need wink's read of each article: one table per text, dropped when the call returns.
  return withTokenTables(() => {
    const articles = inputs
      .map(each('ingest', (input, i) => ingest(input, `a${i + 1}`)))
      .map(each('claims', (article) => extractClaims(article)))
      .map(each('annotations', (article) => annotate(article)));
    observe('alignment');
    const { groups, links, discrepancies } = align(articles);
    observe('profiles');
    const sources = profileSources(articles, groups);
    return { schemaVersion: SCHEMA_VERSION, articles, groups, discrepancies, links, sources };
  });
}

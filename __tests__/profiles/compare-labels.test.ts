import { annotate } from '@/lib/annotations';
import { compareLabels } from '@/lib/profiles/compare-labels';
import { profileSources } from '@/lib/profiles';
import { buildArticle } from '../annotations/build-article';

describe('compareLabels', () => {
  it("lists the same actor's labels per source and says when they differ", () => {
    const a1 = annotate(buildArticle('Hamas terrorists crossed the border.', undefined, 'a1'));
    const a2 = annotate(buildArticle('Hamas militants crossed the border.', undefined, 'a2'));
    const a3 = annotate(buildArticle('The weather was fine.', undefined, 'a3'));
    expect(compareLabels(profileSources([a1, a2, a3], []))).toEqual([
      {
        actor: 'Hamas',
        bySource: [
          { article: 'a1', outlet: 'Outlet a1', labels: [{ label: 'terrorists', count: 1 }] },
          { article: 'a2', outlet: 'Outlet a2', labels: [{ label: 'militants', count: 1 }] },
        ],
        differs: true,
      },
    ]);
  });
});

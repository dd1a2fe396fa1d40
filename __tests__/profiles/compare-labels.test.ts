import { annotate } from '@/lib/annotations';
import type { Entity } from '@/lib/contract/types';
import { compareLabels } from '@/lib/profiles/compare-labels';
import { profileSources } from '@/lib/profiles';
import { buildArticle, span } from '../annotations/build-article';

/** Marks every occurrence of each name in a claim as an organisation entity with that canonical name. */
function named(...names: Array<[string, string?]>) {
  return (text: string, start: number) => ({
    entities: names.flatMap(([name, canonical]): Entity[] => {
      const at = text.indexOf(name);
      if (at < 0) return [];
      const s = span(text, name);
      return [{ ...s, start: start + at, end: start + at + name.length, kind: 'organization', canonical: canonical ?? name }];
    }),
  });
}

function analyse(texts: string[], names: Array<[string, string?]>) {
  const articles = texts.map((text, i) => annotate(buildArticle(text, named(...names), `a${i + 1}`)));
  return { articles, sources: profileSources(articles, []) };
}

describe('compareLabels', () => {
  it('says for every source whether it labels the actor, mentions it without a label, or does not mention it', () => {
    const { articles, sources } = analyse(
      ['Hamas terrorists crossed the border.', 'Hamas crossed the border. Hamas said so.', 'The weather was fine.'],
      [['Hamas']],
    );
    const [hamas] = compareLabels(sources, articles);
    expect(hamas.actor).toBe('Hamas');
    expect(hamas.bySource.map(({ article, outlet, use, mentions }) => ({ article, outlet, use, mentions }))).toEqual([
      { article: 'a1', outlet: 'Outlet a1', use: 'labels', mentions: 1 },
      { article: 'a2', outlet: 'Outlet a2', use: 'unlabelled', mentions: 2 },
      { article: 'a3', outlet: 'Outlet a3', use: 'absent', mentions: 0 },
    ]);
    expect(hamas.bySource[0].labels).toEqual([{ label: 'terrorists', count: 1, note: expect.stringContaining('Terrorist') }]);
    expect(hamas.bySource[1].labels).toEqual([]);
    expect(hamas.differs).toBe(true);
  });

  it('lists an actor that only one source labels, and does not call it a difference when no other source mentions it', () => {
    const { articles, sources } = analyse(['Hamas terrorists crossed the border.', 'The weather was fine.'], [['Hamas']]);
    expect(compareLabels(sources, articles)).toEqual([
      {
        actor: 'Hamas',
        bySource: [
          { article: 'a1', outlet: 'Outlet a1', use: 'labels', labels: [expect.objectContaining({ label: 'terrorists', count: 1 })], mentions: 1 },
          { article: 'a2', outlet: 'Outlet a2', use: 'absent', labels: [], mentions: 0 },
        ],
        differs: false,
      },
    ]);
  });

  it('finds a mention by the canonical name, so another spelling of the actor still counts', () => {
    const { articles, sources } = analyse(['Hamas terrorists crossed the border.', 'Harakat Hamas crossed the border.'], [['Hamas'], ['Harakat Hamas', 'Hamas']]);
    const [hamas] = compareLabels(sources, articles);
    expect(hamas.bySource[1]).toMatchObject({ use: 'unlabelled', mentions: 1 });
  });

  it('does not flag sources that name the actor with the same labels, and puts differences first', () => {
    const { articles, sources } = analyse(
      ['Hamas terrorists crossed the border. Fatah militants marched.', 'Hamas terrorists crossed the border. Fatah fighters marched.'],
      [['Hamas'], ['Fatah']],
    );
    const rows = compareLabels(sources, articles);
    expect(rows.map((r) => [r.actor, r.differs])).toEqual([
      ['Fatah', true],
      ['Hamas', false],
    ]);
  });

  it('leaves out labels whose actor could not be told', () => {
    const { articles, sources } = analyse(['Later, terrorists crossed the border.', 'The weather was fine.'], []);
    expect(sources[0].labels.map((l) => l.actor)).toEqual(['(unnamed)']);
    expect(compareLabels(sources, articles)).toEqual([]);
  });

  it('is the same for the same input', () => {
    const { articles, sources } = analyse(['Fatah militants marched. Hamas terrorists crossed.', 'Hamas fighters crossed.'], [['Hamas'], ['Fatah']]);
    expect(compareLabels(sources, articles)).toEqual(compareLabels(sources, articles));
  });
});

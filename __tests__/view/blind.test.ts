import { blindAnalysis } from '@/lib/view/blind';
import { sourceLetter, sourceLabels } from '@/lib/view/source-labels';
import { fixtureAnalysis } from './fixtures/analysis';

describe('blindAnalysis', () => {
  it('replaces outlet names everywhere but in the article text, and drops urls and bylines', () => {
    const analysis = fixtureAnalysis();
    analysis.articles[0].byline = 'By A. Writer, Daily Example';
    const blind = blindAnalysis(analysis);
    const { articles, ...rest } = blind;
    const withoutText = { ...rest, articles: articles.map(({ text, claims, ...a }) => a) };
    expect(JSON.stringify(withoutText)).not.toMatch(/Daily Example|Example Times|example\.org|Writer/);
    expect(blind.articles.map((a) => a.title)).toEqual(['Source A report', 'Source B report']);
    expect(blind.discrepancies[0].note).toBe('Source A names Esmaeil Baghaei as spokesman; Source B names Esmaeil Khatib.');
    expect(blind.sources.map((s) => s.outlet)).toEqual(['Source A', 'Source B']);
    expect(blind.articles[1].text).toBe(analysis.articles[1].text);
  });

  it('replaces the longer name first when one outlet name contains another', () => {
    const analysis = fixtureAnalysis();
    analysis.articles[0].outlet = 'Times';
    analysis.groups[0].tone!.note = 'Example Times is harsher than Times.';
    expect(blindAnalysis(analysis).groups[0].tone!.note).toBe('Source B is harsher than Source A.');
  });
});

describe('source labels', () => {
  it('letters sources like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27].map(sourceLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });

  it('falls back to the blind label for an empty outlet', () => {
    const analysis = fixtureAnalysis();
    analysis.articles[1].outlet = ' ';
    expect(sourceLabels(analysis)).toEqual({ a1: 'Daily Example', a2: 'Source B' });
  });
});

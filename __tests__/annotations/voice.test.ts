import { annotate } from '@/lib/annotations';
import { buildArticle, span } from './build-article';

describe('voice', () => {
  it("counts a loaded word inside a direct quotation as the speaker's, and outside it as the narrator's", () => {
    const text = '“The regime is lying,” the senator said of the regime.';
    const article = annotate(buildArticle(text, () => ({ quotes: [span(text, '“The regime is lying,”')] })));
    const loaded = article.claims[0].annotations.filter((a) => a.kind === 'loaded');
    expect(loaded.map((a) => [a.text, a.start, a.voice])).toEqual([
      ['regime', 5, 'quoted'],
      ['regime', 47, 'narrator'],
    ]);
  });

  it("counts words in the speaker's reported content as quoted", () => {
    const text = 'The minister said that the attack was a massacre.';
    const content = span(text, 'the attack was a massacre');
    const speaker = { name: null, role: 'minister', verb: 'said', quote: 'indirect' as const, vague: false, content };
    const article = annotate(buildArticle(text, () => ({ speaker })));
    expect(article.claims[0].annotations.filter((a) => a.kind === 'loaded').map((a) => a.voice)).toEqual(['quoted']);
  });

  it('annotates a speaker the claims stage marked vague at its mention', () => {
    const text = 'Officials familiar with the plan confirmed the date.';
    const mention = span(text, 'Officials familiar with the plan');
    const speaker = { name: null, role: null, verb: 'confirmed', quote: 'indirect' as const, vague: true, mention };
    const [a] = annotate(buildArticle(text, () => ({ speaker }))).claims[0].annotations.filter((x) => x.kind === 'vague-source');
    expect([a.text, a.entry, a.voice]).toEqual(['Officials familiar with the plan', 'vague-source:speaker', 'narrator']);
  });

  it('does not show a speaker mention that overlaps the reported content as a vague source', () => {
    const text = 'Aides said the event is still on.';
    const content = span(text, 'the event is still on');
    const mention = span(text, 'the event is still');
    const speaker = { name: null, role: null, verb: 'said', quote: 'indirect' as const, vague: true, mention, content };
    const kinds = annotate(buildArticle(text, () => ({ speaker }))).claims[0].annotations.map((x) => x.entry);
    expect(kinds).not.toContain('vague-source:speaker');
  });
});

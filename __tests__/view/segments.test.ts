import { segmentText, segmentClaim } from '@/lib/view/segments';
import type { Annotation } from '@/lib/contract/types';
import { fixtureAnalysis } from './fixtures/analysis';

const annotation = (start: number, end: number, text: string): Annotation => ({
  kind: 'loaded', start, end, text, note: 'n', voice: 'narrator', entry: 'e', source: 's',
});

describe('segmentText', () => {
  it('splits overlapping marks into flat segments that rebuild the text exactly', () => {
    const text = 'They said "brutal attack" today';
    const a = annotation(11, 17, 'brutal');
    const b = annotation(11, 24, 'brutal attack');
    const segments = segmentText(text, 0, text.length, { annotations: [a, b], quotes: [{ start: 10, end: 25 }], speakers: [{ start: 0, end: 4 }] });
    expect(segments.map((s) => [s.text, s.annotations.length, s.quote, s.speaker])).toEqual([
      ['They', 0, false, true],
      [' said ', 0, false, false],
      ['"', 0, true, false],
      ['brutal', 2, true, false],
      [' attack', 1, true, false],
      ['"', 0, true, false],
      [' today', 0, false, false],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('clips marks to the range and ignores empty ones', () => {
    const text = 'abc def ghi';
    const segments = segmentText(text, 4, 7, { annotations: [annotation(0, 6, 'abc de'), annotation(5, 5, '')], quotes: [], speakers: [] });
    expect(segments.map((s) => [s.text, s.annotations.length])).toEqual([['de', 1], ['f', 0]]);
  });
});

describe('segmentClaim', () => {
  it('marks the annotation, the quotation and the speaker of a claim', () => {
    const analysis = fixtureAnalysis();
    const [, a2] = analysis.articles;
    const segments = segmentClaim(a2.text, a2.claims[1]);
    expect(segments.filter((s) => s.annotations.length).map((s) => s.text)).toEqual(['terrorists', 'officials', 'claimed']);
    const a1 = analysis.articles[0];
    expect(segmentClaim(a1.text, a1.claims[0]).find((s) => s.speaker)?.text).toBe('Esmaeil Baghaei');
    expect(segmentClaim(a1.text, a1.claims[1]).filter((s) => s.quote).map((s) => s.text).join('')).toBe('"We reluctantly agreed to the venue,"');
  });
});

import { toneChip, formatScore, groupToneText } from '@/lib/view/tone';
import { profileCharts, densityScale } from '@/lib/view/profile-charts';
import { articleParagraphs, counterparts } from '@/lib/view/reading';
import { annotationKindInfo, ANNOTATION_KINDS } from '@/lib/view/annotation-kinds';
import { fixtureAnalysis } from './fixtures/analysis';

describe('toneChip', () => {
  it('shows the score with a real minus sign and the words behind it', () => {
    const claim = fixtureAnalysis().articles[1].claims[1];
    expect(toneChip(claim.sentiment)).toEqual({
      label: 'negative', score: '−4', words: 'terrorists −2, attacked −1, claimed −1',
      description: 'Tone negative, score −4 (terrorists −2, attacked −1, claimed −1).',
    });
    expect([formatScore(0), formatScore(2.456)]).toEqual(['0', '+2.46']);
  });

  it('explains the group tone, from the note or the numbers', () => {
    expect(groupToneText(null, {})).toBeNull();
    expect(groupToneText({ moreNegative: 'a2', difference: -3, note: '' }, { a2: 'Example Times' })).toBe('Example Times is more negative (difference 3).');
  });
});

describe('profileCharts', () => {
  it('turns a profile into bars on shared scales', () => {
    const analysis = fixtureAnalysis();
    const charts = profileCharts(analysis.sources[0], { security: 'Security' }, { density: densityScale(analysis.sources) });
    expect(charts.tone.map((b) => [b.label, b.display])).toEqual([['Negative', '1 (33%)'], ['Neutral', '2 (67%)'], ['Positive', '0 (0%)']]);
    expect(charts.density.map((b) => b.fraction)).toEqual([1, 0]);
    expect(charts.frames).toEqual([{ label: 'Security', value: 1, display: '1', fraction: 1 / 3 }]);
    expect(charts.quoted[0].label).toBe('Esmaeil Khatib');
  });
});

describe('reading mode', () => {
  it('cuts the article into paragraphs of claims and text that rebuild it', () => {
    const article = fixtureAnalysis().articles[0];
    const paragraphs = articleParagraphs(article);
    expect(paragraphs).toHaveLength(3);
    const rebuilt = paragraphs.map((p) => p.pieces.map((x) => (x.type === 'claim' ? x.claim.text : x.text)).join('')).join('\n');
    expect(rebuilt).toBe(article.text);
  });

  it('finds a claim’s counterparts, with "not reported" as an empty list', () => {
    const analysis = fixtureAnalysis();
    expect(counterparts(analysis, 'a1c0')!.others).toEqual([{ article: 'a2', claims: [analysis.articles[1].claims[0]] }]);
    expect(counterparts(analysis, 'a1c2')!.others).toEqual([{ article: 'a2', claims: [] }]);
    expect(counterparts(analysis, 'nope')).toBeNull();
  });
});

describe('annotation kinds', () => {
  it('gives every kind a distinct marker and underline, and survives unknown kinds', () => {
    expect(new Set(ANNOTATION_KINDS.map((k) => k.marker)).size).toBe(ANNOTATION_KINDS.length);
    expect(new Set(ANNOTATION_KINDS.map((k) => k.underline)).size).toBe(ANNOTATION_KINDS.length);
    expect(annotationKindInfo('new-kind').label).toBe('new-kind');
  });
});

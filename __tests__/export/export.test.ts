import { toCsv, toJson, toMarkdown, csvField, exportFilename, CSV_COLUMNS } from '@/lib/export';
import { fixtureAnalysis } from '../view/fixtures/analysis';
import { parseCsv } from './parse-csv';

describe('toCsv', () => {
  it('writes one row per claim with its group, speaker, tone and annotations', () => {
    const rows = parseCsv(toCsv(fixtureAnalysis()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 5);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[5][i]]));
    expect(record).toMatchObject({
      source: 'Example Times',
      claim_id: 'a2c1',
      group_id: 'g4',
      group_kind: 'unique',
      text: 'Hamas terrorists attacked Israel, officials claimed.',
      speaker_verb: 'claimed',
      vague_source: 'true',
      tone_score: '-4',
      bias_score: '0.31',
      bias_loaded: 'true',
      bias_words: 'claimed narrator:reporting-verb 1.37; terrorists narrator:label 1.08',
      frames: 'security',
    });
    const unscored = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect([unscored.bias_score, unscored.bias_words]).toEqual(['', '']);
    expect(record.annotations).toContain('label: "terrorists" (narrator) → fighters');
  });

  it('quotes commas, quotes and newlines so the text round-trips', () => {
    const rows = parseCsv(toCsv(fixtureAnalysis()));
    expect(rows[2][CSV_COLUMNS.indexOf('text')]).toBe('"We reluctantly agreed to the venue," he said.');
  });

  it('lists what each aligned claim adds', () => {
    const rows = parseCsv(toCsv(fixtureAnalysis()));
    const a2c0 = rows.find((r) => r[2] === 'a2c0')!;
    expect(a2c0[CSV_COLUMNS.indexOf('adds')]).toBe('confirmed');
  });

  it('uses Source A/B in blind mode and never the outlet names', () => {
    const csv = toCsv(fixtureAnalysis(), { blind: true });
    expect(csv).not.toMatch(/Daily Example|Example Times/);
    expect(parseCsv(csv)[1][0]).toBe('Source A');
  });
});

describe('csvField', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-4)).toBe('-4');
    expect(csvField(null)).toBe('');
  });
});

describe('toJson', () => {
  it('is the analysis itself, blinded on request', () => {
    const analysis = fixtureAnalysis();
    expect(JSON.parse(toJson(analysis))).toEqual(analysis);
    const blind = JSON.parse(toJson(analysis, { blind: true }));
    expect(blind.articles.map((a: { outlet: string }) => a.outlet)).toEqual(['Source A', 'Source B']);
    expect(JSON.stringify(blind)).not.toMatch(/Daily Example|Example Times|example\.org/);
  });
});

describe('toMarkdown', () => {
  it('makes a handout with sources, disagreements, wording notes and questions', () => {
    const md = toMarkdown(fixtureAnalysis(), { title: 'Rome talks' });
    expect(md).toMatch(/^# Rome talks\n/);
    expect(md).toContain('**Foreign Ministry spokesman** — Daily Example: Esmaeil Baghaei; Example Times: Esmaeil Khatib.');
    expect(md).toContain('| Example Times | “terrorists” | # Label for an actor | the outlet | Labelling term for an armed group. | fighters |');
    expect(md).toContain('## Only in Daily Example');
    expect(md).toContain('## Questions for discussion');
  });

  it('hides outlet names in blind mode, in notes too', () => {
    const md = toMarkdown(fixtureAnalysis(), { blind: true });
    expect(md).not.toMatch(/Daily Example|Example Times/);
    expect(md).toContain('Source A: Esmaeil Baghaei; Source B: Esmaeil Khatib');
  });

  it('escapes article text so it cannot inject links or markup', () => {
    const analysis = fixtureAnalysis();
    analysis.articles[0].title = '[click](javascript:alert(1)) <b>';
    expect(toMarkdown(analysis)).toContain('“\\[click\\]\\(javascript:alert\\(1\\)\\) \\<b\\>”');
  });
});

describe('exportFilename', () => {
  it('slugs the title and marks blind exports', () => {
    expect(exportFilename('Iran–US talks move to Rome', 'csv', true)).toBe('iran-us-talks-move-to-rome-blind.csv');
    expect(exportFilename('', 'md')).toBe('comparison.md');
  });
});

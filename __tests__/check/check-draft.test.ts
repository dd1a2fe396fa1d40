// The editor's check on a draft made from a real article with known edits: a sentence deleted, a
// number changed, a quotation reworded. The reference is the untouched original plus the other seed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, checkReportMarkdown, type CheckReport } from '@/lib/check';
import { wordDiff } from '@/lib/check/word-diff';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const original = readFileSync(join(SEEDS, '000_68b51bf4a201928c.txt'), 'utf8');
const other = readFileSync(join(SEEDS, '004_8987d4694f22efb9.txt'), 'utf8');

const DELETED = 'Its role dates back to the early 2010s, when Muscat hosted secret backchannel talks that ultimately led to the 2015 nuclear deal (JCPOA). ';
const NUMBER_BEFORE = 'snap back into place after 30 days';
const NUMBER_AFTER = 'snap back into place after 45 days';

function draftText(): string {
  expect(original).toContain(DELETED);
  expect(original).toContain(NUMBER_BEFORE);
  return original.replace(DELETED, '').replace(NUMBER_BEFORE, NUMBER_AFTER);
}

let report: CheckReport;
beforeAll(() => {
  report = checkDraft({ outlet: 'Our draft', text: draftText() }, [
    { outlet: 'Wire', text: original },
    { outlet: 'Rival', text: other },
  ]);
});

describe('checkDraft', () => {
  test('the deleted sentence is missing, with the reference outlet and offsets that slice its text; kept sentences are not', () => {
    const fromWire = report.missing.filter((m) => m.outlet === 'Wire');
    expect(fromWire.length).toBeGreaterThan(0);
    const deleted = fromWire.filter((m) => DELETED.includes(m.text.trim()));
    expect(deleted.length).toBeGreaterThan(0);
    const wireText = report.references[0].text;
    for (const m of fromWire) {
      expect(wireText.slice(m.start, m.end)).toBe(m.text);
      expect(DELETED.includes(m.text.trim()) || DELETED.includes(m.text.trim().slice(0, 40))).toBe(true);
    }
    expect(deleted[0].carriedBy).toBeGreaterThanOrEqual(1);
  });

  test('the changed number is a conflict naming both values', () => {
    const numbers = report.conflicts.filter((c) => c.kind === 'number');
    const days = numbers.find((c) => c.draft.value.startsWith('45') && c.references.some((r) => r.outlet === 'Wire' && r.value.startsWith('30')));
    expect(days).toBeDefined();
    expect(days!.note).toBe('Draft: 45 days. Wire: 30 days.');
    expect(report.draft.text.slice(days!.draft.start, days!.draft.end)).toBe(days!.draft.text);
  });

  test('a different role holder is a conflict even across happenings (Baghaei vs Khatib)', () => {
    const role = report.conflicts.find((c) => c.kind === 'role-holder');
    expect(role).toBeDefined();
    expect([role!.draft.value, ...role!.references.map((r) => r.value)].sort()).toEqual(['Esmaeil Baghaei', 'Esmaeil Khatib']);
  });

  test('nothing of the draft is "only in the draft" when the original is a reference; the rival\'s own facts are missing', () => {
    expect(report.draftOnly).toEqual([]);
    expect(report.missing.some((m) => m.outlet === 'Rival')).toBe(true);
  });

  test('a reworded quotation is shown word by word', () => {
    const reference = `Foreign Minister Abbas Araghchi said on Monday: “We are not after a war and we want the talks to go on.” Talks resume Friday.`;
    const draft = `Foreign Minister Abbas Araghchi said on Monday: “We are not after a war and want the negotiations to go on.” Talks resume Friday.`;
    const quotes = checkDraft({ text: draft }, [{ outlet: 'Wire', text: reference }]).quotes;
    const reworded = quotes.find((q) => q.kind === 'different-words');
    expect(reworded?.diff?.filter((d) => d.op !== 'same')).toEqual([
      { op: 'reference', text: 'we' },
      { op: 'draft', text: 'negotiations' },
      { op: 'reference', text: 'talks' },
    ]);
  });

  test('the Markdown report has every section and escapes markup in the input', () => {
    const md = checkReportMarkdown(report);
    for (const heading of ['## Missing from the draft', '## Stated differently', '## Only in the draft', '## Quotations', "## The draft's own wording"]) expect(md).toContain(heading);
    expect(md).toContain('Draft: 45 days. Wire: 30 days.');
    const hostile = checkReportMarkdown(checkDraft({ text: 'Officials said <script>x</script> the talks **resumed**.' }, [{ outlet: '<b>Wire</b>', text: 'Officials said the talks ended.' }]));
    expect(hostile).not.toMatch(/<script>|<b>/);
  });

  test('1 to 7 references', () => {
    expect(() => checkDraft({ text: 'A draft.' }, [])).toThrow(/1 to 7 references/);
  });
});

describe('wordDiff', () => {
  test('keeps words in order and marks each side', () => {
    expect(wordDiff('the talks resume on Friday', 'the negotiations resume Friday')).toEqual([
      { op: 'same', text: 'the' },
      { op: 'draft', text: 'talks' },
      { op: 'reference', text: 'negotiations' },
      { op: 'same', text: 'resume' },
      { op: 'draft', text: 'on' },
      { op: 'same', text: 'Friday' },
    ]);
  });
});

import { buildGrid, framesInUse, mergeEmptyCells } from '@/lib/view/grid';
import { DEFAULT_VIEW } from '@/lib/view/view-state';
import { fixtureAnalysis } from './fixtures/analysis';

const ids = (rows: ReturnType<typeof buildGrid>) => rows.map((r) => r.group.id);

describe('buildGrid', () => {
  it('makes one row per group in order and one cell per source, empty where not reported', () => {
    const rows = buildGrid(fixtureAnalysis(), DEFAULT_VIEW);
    expect(ids(rows)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(rows[0].cells.map((c) => c.claims.map((x) => x.claim.id))).toEqual([['a1c0'], ['a2c0']]);
    expect(rows[1].cells.map((c) => c.claims.length)).toEqual([1, 0]);
    expect(rows[0].conflict).toBe(true);
  });

  it('carries what each aligned claim adds', () => {
    const [row] = buildGrid(fixtureAnalysis(), DEFAULT_VIEW);
    expect(row.cells[1].claims[0].adds).toEqual(['confirmed']);
  });

  it('filters shared, conflicts and unique-to-a-source groups', () => {
    const analysis = fixtureAnalysis();
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, show: 'shared' }))).toEqual(['g1']);
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, show: 'conflicts' }))).toEqual(['g1']);
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, show: 'unique' }))).toEqual(['g2', 'g3', 'g4']);
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, show: 'unique', source: 'a2' }))).toEqual(['g4']);
  });

  it('filters by frame and by text, case-insensitively, over claims and speakers', () => {
    const analysis = fixtureAnalysis();
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, frame: 'security' }))).toEqual(['g4']);
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, q: 'OMAN' }))).toEqual(['g3']);
    expect(ids(buildGrid(analysis, { ...DEFAULT_VIEW, q: 'khatib' }))).toEqual(['g1']);
  });

  it('keeps only claims in the outlet’s own voice when asked, keeping row numbers', () => {
    const rows = buildGrid(fixtureAnalysis(), { ...DEFAULT_VIEW, narrator: true });
    expect(ids(rows)).toEqual(['g3']);
    expect(rows[0].number).toBe(3);
  });
});

describe('framesInUse', () => {
  it('counts claims per frame, most used first', () => {
    expect(framesInUse(fixtureAnalysis())).toEqual([
      { id: 'diplomacy', label: 'Diplomacy', claims: 2 },
      { id: 'security', label: 'Security', claims: 1 },
    ]);
  });
});

describe('mergeEmptyCells', () => {
  it('merges neighbouring "not reported" cells and keeps reported ones apart', () => {
    const cell = (article: string, n: number) => ({ article, claims: Array(n).fill(null) });
    expect(mergeEmptyCells([cell('a1', 0), cell('a2', 0), cell('a3', 1), cell('a4', 0), cell('a5', 2)])).toEqual([
      { kind: 'empty', articles: ['a1', 'a2'] },
      { kind: 'claims', cell: cell('a3', 1) },
      { kind: 'empty', articles: ['a4'] },
      { kind: 'claims', cell: cell('a5', 2) },
    ]);
  });
});

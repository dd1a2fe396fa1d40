import { parseViewState, viewQuery, viewHref, DEFAULT_VIEW, hasActiveFilter } from '@/lib/view/view-state';

describe('parseViewState', () => {
  it('reads every filter from the URL', () => {
    expect(parseViewState({ show: 'unique', source: 'a2', frame: 'security', narrator: '1', q: ' Rome ', blind: 'true' })).toEqual({
      ...DEFAULT_VIEW, show: 'unique', source: 'a2', frame: 'security', narrator: true, q: 'Rome', blind: true,
    });
  });

  it('falls back to defaults on unknown or malformed values', () => {
    expect(parseViewState({ show: 'everything', source: '<script>', view: 'print', narrator: 'nope' })).toEqual(DEFAULT_VIEW);
  });

  it('treats a chosen source as "unique to that source", and drops it for other views', () => {
    expect(parseViewState({ show: 'all', source: 'a2' })).toMatchObject({ show: 'unique', source: 'a2' });
    expect(parseViewState({ show: 'shared', source: 'a2' })).toMatchObject({ show: 'shared', source: null });
  });

  it('takes the first of repeated params', () => {
    expect(parseViewState({ show: ['conflicts', 'shared'] }).show).toBe('conflicts');
  });
});

describe('viewQuery', () => {
  it('leaves defaults out and round-trips through parseViewState', () => {
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
    const state = { ...DEFAULT_VIEW, show: 'unique' as const, source: 'a1', q: 'talks & more', blind: true };
    const query = viewQuery(state);
    expect(query).toBe('?blind=1&show=unique&source=a1&q=talks+%26+more');
    expect(parseViewState(Object.fromEntries(new URLSearchParams(query)))).toEqual(state);
  });

  it('keeps the reading-mode article and claim only in reading mode', () => {
    expect(viewQuery({ mode: 'read', article: 'a2', claim: 'a2c1' })).toBe('?view=read&article=a2&claim=a2c1');
    expect(viewQuery({ mode: 'grid', article: 'a2', claim: 'a2c1' })).toBe('');
  });

  it('builds hrefs with a fragment', () => {
    expect(viewHref('/comparisons/x', { blind: true }, 'claim-a1c0')).toBe('/comparisons/x?blind=1#claim-a1c0');
  });
});

describe('hasActiveFilter', () => {
  it('is false for the default view, also in blind or reading mode', () => {
    expect(hasActiveFilter({ ...DEFAULT_VIEW, blind: true, mode: 'read' })).toBe(false);
    expect(hasActiveFilter({ ...DEFAULT_VIEW, q: 'x' })).toBe(true);
  });
});

describe('rows on pages', () => {
  const { rowsPageOf, ROWS_PER_PAGE, parseViewState: parse, viewQuery: query } = jest.requireActual('@/lib/view/view-state') as typeof import('@/lib/view/view-state');
  const ids = Array.from({ length: ROWS_PER_PAGE * 2 + 5 }, (_, i) => `g${i + 1}`);

  it('shows the page asked for, within range, and the page holding the open group first', () => {
    expect(rowsPageOf(parse({}), ids)).toEqual({ page: 1, pages: 3 });
    expect(rowsPageOf(parse({ rows: '2' }), ids)).toEqual({ page: 2, pages: 3 });
    expect(rowsPageOf(parse({ rows: '99' }), ids)).toEqual({ page: 3, pages: 3 });
    expect(rowsPageOf(parse({ rows: '1', group: `g${ROWS_PER_PAGE * 2 + 1}` }), ids)).toEqual({ page: 3, pages: 3 });
    expect(rowsPageOf(parse({ rows: 'x' }), ids.slice(0, 3))).toEqual({ page: 1, pages: 1 });
  });

  it('keeps the page in the URL only when it is not the first, without an open group or the full view', () => {
    expect(query(parse({ rows: '2' }))).toBe('?rows=2');
    expect(query(parse({ rows: '1' }))).toBe('');
    expect(query(parse({ rows: '2', group: 'g7' }))).toBe('?group=g7');
    expect(query(parse({ rows: '2', full: '1' }))).toBe('?full=1');
  });
});

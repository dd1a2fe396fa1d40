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

// Everything the comparison page shows is decided by its URL, so a teacher can share a view.
// parseViewState reads the search params; viewHref writes them back (only non-default values).

export type Show = 'all' | 'shared' | 'conflicts' | 'unique';
export type Mode = 'grid' | 'read';

export interface ViewState {
  mode: Mode;
  blind: boolean;
  show: Show;
  /** Article id: with `show: 'unique'`, only groups unique to this source. */
  source: string | null;
  /** Frame id: only groups with a claim carrying this frame. */
  frame: string | null;
  /** Only claims in the outlet's own voice (no attributed speaker). */
  narrator: boolean;
  /** Case-insensitive text search over claims and group summaries. */
  q: string;
  /** Reading mode: the article read in full, and the claim whose counterparts are shown. */
  article: string | null;
  claim: string | null;
  /** Grid: the group whose claims are open (the others show their heading row only, to keep the page light). */
  group: string | null;
  /** Grid: every group open, for print and the handout (a heavy page, on request only). */
  full: boolean;
  /** Grid: which ROWS_PER_PAGE rows are shown (1-based); the page holding `group` wins. */
  rowsPage: number;
}

export type SearchParams = Record<string, string | string[] | undefined>;

export const DEFAULT_VIEW: ViewState = {
  mode: 'grid', blind: false, show: 'all', source: null, frame: null, narrator: false, q: '', article: null, claim: null, group: null, full: false, rowsPage: 1,
};

const SHOWS: Show[] = ['all', 'shared', 'conflicts', 'unique'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_QUERY = 200;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const flag = (value: string | string[] | undefined) => ['1', 'true', 'on', 'yes'].includes(first(value).toLowerCase());
const id = (value: string | string[] | undefined) => (ID.test(first(value)) ? first(value) : null);

/** Unknown or malformed values fall back to the defaults instead of failing the page. */
export function parseViewState(params: SearchParams): ViewState {
  const requested = first(params.show) as Show;
  const source = id(params.source);
  // Choosing a source in "Unique to" is enough: it implies showing the groups unique to it.
  const show = source && (requested === 'all' || !SHOWS.includes(requested)) ? 'unique' : SHOWS.includes(requested) ? requested : 'all';
  return {
    mode: first(params.view) === 'read' ? 'read' : 'grid',
    blind: flag(params.blind),
    show,
    source: show === 'unique' ? source : null,
    frame: id(params.frame),
    narrator: flag(params.narrator),
    q: first(params.q).trim().slice(0, MAX_QUERY),
    article: id(params.article),
    claim: id(params.claim),
    group: id(params.group),
    full: flag(params.full),
    rowsPage: /^[1-9]\d{0,5}$/.test(first(params.rows)) ? Number(first(params.rows)) : 1,
  };
}

/** The query string for a state: defaults are left out so URLs stay short and stable. */
export function viewQuery(state: Partial<ViewState>): string {
  const s = { ...DEFAULT_VIEW, ...state };
  const params = new URLSearchParams();
  if (s.mode === 'read') params.set('view', 'read');
  if (s.blind) params.set('blind', '1');
  if (s.show !== 'all') params.set('show', s.show);
  if (s.source && s.show === 'unique') params.set('source', s.source);
  if (s.frame) params.set('frame', s.frame);
  if (s.narrator) params.set('narrator', '1');
  if (s.q) params.set('q', s.q);
  if (s.mode === 'read' && s.article) params.set('article', s.article);
  if (s.mode === 'read' && s.claim) params.set('claim', s.claim);
  if (s.mode === 'grid' && s.full) params.set('full', '1');
  else if (s.mode === 'grid' && s.group) params.set('group', s.group);
  if (s.mode === 'grid' && !s.full && !s.group && s.rowsPage > 1) params.set('rows', String(s.rowsPage));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A link relative to the comparison page, keeping blind mode unless the change says otherwise. */
export function viewHref(base: string, state: Partial<ViewState>, hash?: string): string {
  return `${base}${viewQuery(state)}${hash ? `#${hash}` : ''}`;
}

/** Rows on one page of the grid: a comparison of 8 long articles has hundreds (the full view has all). */
export const ROWS_PER_PAGE = 100;

/** The page of rows to show: the one holding the open group, else the one asked for (within range). */
export function rowsPageOf(state: ViewState, rowGroupIds: string[]): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rowGroupIds.length / ROWS_PER_PAGE));
  const open = state.group ? rowGroupIds.indexOf(state.group) : -1;
  const page = open >= 0 ? Math.floor(open / ROWS_PER_PAGE) + 1 : Math.min(state.rowsPage, pages);
  return { page, pages };
}

/** A filtered grid with at most this many rows opens them all: a search shows what it found. */
export const OPEN_FILTERED_ROWS_UP_TO = 12;

/** Whether a grid row shows its claims, notes and near-misses, or only its heading row. */
export function isGroupOpen(state: ViewState, groupId: string, shownRows: number): boolean {
  if (state.full || state.group === groupId) return true;
  return hasActiveFilter(state) && shownRows <= OPEN_FILTERED_ROWS_UP_TO;
}

export function hasActiveFilter(state: ViewState): boolean {
  return state.show !== 'all' || state.frame !== null || state.narrator || state.q !== '';
}

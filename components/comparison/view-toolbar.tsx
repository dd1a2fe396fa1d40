import Link from 'next/link';
import { viewHref, viewQuery } from '@/lib/view/view-state';
import { PrintButton } from './print-button';
import type { ViewContext } from './view-context';

/** Switches between the grid and reading mode, toggles blind mode, and offers the exports. */
export function ViewToolbar({ ctx, exportBase }: { ctx: ViewContext; exportBase: string }) {
  const { state, base } = ctx;
  const grid = state.mode === 'grid';
  const closedRows = grid && !state.full;
  const fullHref = viewHref(base, { ...state, full: true });
  const exportHref = (format: string) => `${exportBase}?format=${format}${state.blind ? '&blind=1' : ''}`;
  return (
    <div className="toolbar">
      <nav aria-label="View" className="toolbar-group">
        <Link href={viewHref(base, { ...state, mode: 'grid' })} aria-current={grid ? 'page' : undefined} prefetch={false}>Side by side</Link>
        <Link href={viewHref(base, { blind: state.blind, mode: 'read', article: state.article })} aria-current={grid ? undefined : 'page'} prefetch={false}>Reading mode</Link>
        <Link href={`${base}${viewQuery({ ...state, blind: !state.blind })}`} className="blind-toggle" prefetch={false}>
          {state.blind ? 'Show outlet names' : 'Blind mode (hide outlet names)'}
        </Link>
      </nav>
      <div className="toolbar-group" role="group" aria-label="Export">
        <span className="toolbar-label">Export:</span>
        <a href={exportHref('csv')} download>CSV</a>
        <a href={exportHref('json')} download>JSON</a>
        <a href={exportHref('md')} download>Handout (Markdown)</a>
        {closedRows ? (
          <>
            <PrintButton fullHref={fullHref} />
            <Link href={fullHref} prefetch={false}>All claims (print view)</Link>
          </>
        ) : (
          <PrintButton />
        )}
      </div>
    </div>
  );
}

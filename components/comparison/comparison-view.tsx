// The comparison page's body. Blind mode is applied here, once, before anything renders.
import type { StoredComparison } from '@/lib/comparisons';
import { blindAnalysis, blindText } from '@/lib/view/blind';
import { buildGrid } from '@/lib/view/grid';
import { sourceLabels } from '@/lib/view/source-labels';
import { ROWS_PER_PAGE, rowsPageOf, viewHref, type ViewState } from '@/lib/view/view-state';
import { ActorLabels } from './actor-labels';
import { ClaimGrid } from './claim-grid';
import { ComparisonHeader } from './comparison-header';
import { DiscrepancyPanel } from './discrepancy-panel';
import { FilterBar } from './filter-bar';
import { Legend } from './legend';
import { ReadingView } from './reading-view';
import { SourceProfiles } from './source-profiles';
import { TooltipDismiss } from './tooltip-dismiss';
import type { ViewContext } from './view-context';
import { ViewToolbar } from './view-toolbar';

/** Links to each page of rows (no JavaScript needed); the current one is marked. */
function RowPager({ ctx, page, pages, rows }: { ctx: ViewContext; page: number; pages: number; rows: number }) {
  return (
    <nav className="row-pager" aria-label="Pages of rows">
      <span>Rows:</span>
      {Array.from({ length: pages }, (_, i) => i + 1).map((p) => {
        const label = `${(p - 1) * ROWS_PER_PAGE + 1}–${Math.min(rows, p * ROWS_PER_PAGE)}`;
        return p === page ? (
          <strong key={p} aria-current="page">{label}</strong>
        ) : (
          <a key={p} href={viewHref(ctx.base, { ...ctx.state, group: null, full: false, rowsPage: p }, 'grid-heading')}>{label}</a>
        );
      })}
      <a href={viewHref(ctx.base, { ...ctx.state, full: true })}>all rows (full view)</a>
    </nav>
  );
}

export function ComparisonView({ comparison, state }: { comparison: StoredComparison; state: ViewState }) {
  const analysis = state.blind ? blindAnalysis(comparison.analysis) : comparison.analysis;
  const title = state.blind ? blindText(comparison.analysis, comparison.title) : comparison.title;
  const base = `/comparisons/${encodeURIComponent(comparison.id)}`;
  const ctx: ViewContext = { analysis, labels: sourceLabels(analysis), state, base };
  const rows = state.mode === 'grid' ? buildGrid(analysis, state) : [];
  const { page, pages } = rowsPageOf(state, rows.map((r) => r.group.id));
  const shownRows = state.full ? rows : rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);
  return (
    <div className={`comparison mode-${state.mode}${state.blind ? ' blind' : ''}`}>
      <ComparisonHeader title={title} createdAt={comparison.createdAt} ctx={ctx} />
      <ViewToolbar ctx={ctx} exportBase={`${base}/export`} />
      {state.mode === 'grid' ? (
        <>
          <DiscrepancyPanel ctx={ctx} />
          <Legend />
          <section aria-labelledby="grid-heading" className="grid-section">
            <h2 id="grid-heading">Claims side by side</h2>
            <FilterBar ctx={ctx} shown={rows.length} total={analysis.groups.length} />
            <ClaimGrid rows={shownRows} matching={rows.length} ctx={ctx} />
            {!state.full && pages > 1 && <RowPager ctx={ctx} page={page} pages={pages} rows={rows.length} />}
          </section>
          <SourceProfiles ctx={ctx} />
          <ActorLabels ctx={ctx} />
        </>
      ) : (
        <>
          <Legend />
          <ReadingView ctx={ctx} />
        </>
      )}
      <TooltipDismiss />
    </div>
  );
}

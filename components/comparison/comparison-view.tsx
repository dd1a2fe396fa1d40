// The comparison page's body. Blind mode is applied here, once, before anything renders.
import type { StoredComparison } from '@/lib/comparisons';
import { blindAnalysis, blindText } from '@/lib/view/blind';
import { buildGrid } from '@/lib/view/grid';
import { sourceLabels } from '@/lib/view/source-labels';
import type { ViewState } from '@/lib/view/view-state';
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

export function ComparisonView({ comparison, state }: { comparison: StoredComparison; state: ViewState }) {
  const analysis = state.blind ? blindAnalysis(comparison.analysis) : comparison.analysis;
  const title = state.blind ? blindText(comparison.analysis, comparison.title) : comparison.title;
  const base = `/comparisons/${encodeURIComponent(comparison.id)}`;
  const ctx: ViewContext = { analysis, labels: sourceLabels(analysis), state, base };
  const rows = state.mode === 'grid' ? buildGrid(analysis, state) : [];
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
            <ClaimGrid rows={rows} ctx={ctx} />
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

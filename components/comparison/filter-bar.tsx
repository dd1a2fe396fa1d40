// Filters as a plain GET form: the state lives in the URL (shareable) and works without JavaScript.
import Link from 'next/link';
import { framesInUse } from '@/lib/view/grid';
import { viewHref, type Show } from '@/lib/view/view-state';
import type { ViewContext } from './view-context';

const SHOWS: { value: Show; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'shared', label: 'Shared' },
  { value: 'conflicts', label: 'Conflicts' },
  { value: 'unique', label: 'Unique to a source' },
];

export function FilterBar({ ctx, shown, total }: { ctx: ViewContext; shown: number; total: number }) {
  const { state, analysis, labels, base } = ctx;
  const frames = framesInUse(analysis);
  return (
    <form className="panel filters" method="get" action={base} role="search" aria-label="Filter the claim groups">
      {state.blind && <input type="hidden" name="blind" value="1" />}
      <fieldset className="show-filter">
        <legend>Show</legend>
        {SHOWS.map((s) => (
          <label key={s.value} className="chip-radio">
            <input type="radio" name="show" value={s.value} defaultChecked={state.show === s.value} /> {s.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="filter-source">Unique to</label>
        <select id="filter-source" name="source" defaultValue={state.source ?? ''}>
          <option value="">any source</option>
          {analysis.articles.map((a) => <option key={a.id} value={a.id}>{labels[a.id]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-frame">Frame</label>
        <select id="filter-frame" name="frame" defaultValue={state.frame ?? ''}>
          <option value="">any frame</option>
          {frames.map((f) => <option key={f.id} value={f.id}>{f.label} ({f.claims})</option>)}
        </select>
      </div>
      <label className="check">
        <input type="checkbox" name="narrator" value="1" defaultChecked={state.narrator} /> Outlet’s own voice only
      </label>
      <div className="field search">
        <label htmlFor="filter-q">Search claims</label>
        <input id="filter-q" type="search" name="q" defaultValue={state.q} maxLength={200} placeholder="e.g. Oman" />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button">Apply</button>
        <Link href={viewHref(base, { blind: state.blind })} prefetch={false}>Clear</Link>
      </div>
      <p className="filter-status" aria-live="polite">Showing {shown} of {total} rows.</p>
    </form>
  );
}

// "How each source names the actors": one row per actor that some source labels, one column per source,
// each cell the source's labels (with the lexicon's note on focus or hover), a mention without a label,
// or no mention. Outlet names come from ctx.labels, so blind mode is already applied.
import Link from 'next/link';
import { viewHref } from '@/lib/view/view-state';
import { actorUseText, compareLabels, type ActorLabel } from '@/lib/profiles/compare-labels';
import type { ViewContext } from './view-context';

// Fixed layout and wrapping keep the table inside a phone-width window; no scroll container, so the
// notes' tooltips are not clipped (styles in globals.css, `.actor-table`: classes, not inline styles,
// which the page would repeat in every cell and again in its inline payload).
// Rows beyond MAX_ROWS are in the full view (`?full=1`), as the grid's closed rows are.
const MAX_ROWS = 12;

function LabelTerm({ label, tipId }: { label: ActorLabel; tipId: string }) {
  const text = `“${label.label}” ×${label.count}`;
  if (!label.note) return <>{text}</>;
  return (
    <span className="hl-wrap">
      <span tabIndex={0} aria-describedby={tipId} className="actor-term">{text}</span>
      <span role="tooltip" id={tipId} className="tip">
        <span className="tip-note">{label.note}</span>
      </span>
    </span>
  );
}

export function ActorLabels({ ctx }: { ctx: ViewContext }) {
  const { analysis, labels, state, base } = ctx;
  const allRows = compareLabels(analysis.sources, analysis.articles);
  const rows = state.full ? allRows : allRows.slice(0, MAX_ROWS);
  return (
    <section className="actor-labels" aria-labelledby="actor-labels-heading">
      <h2 id="actor-labels-heading">How each source names the actors</h2>
      {allRows.length === 0 ? (
        <p className="empty">No source puts a label (“terrorists”, “militants”, “proxies”…) on a named actor.</p>
      ) : (
        <>
          <p className="hint">
            Labels are the words a source uses for an actor. Each row is an actor that at least one source labels; rows where the
            sources that mention it name it differently come first. Focus or hover a label for what it implies.
          </p>
          <table className="actor-table">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                {analysis.sources.map((s) => (
                  <th key={s.article} scope="col">{labels[s.article] ?? s.outlet}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.actor}>
                  <th scope="row">
                    {row.actor}
                    {row.differs && <span className="meta"> · named differently</span>}
                  </th>
                  {row.bySource.map((s) => (
                    <td key={s.article} className={`actor-use-${s.use}`}>
                      {s.use === 'labels' ? (
                        <ul>
                          {s.labels.map((l, i) => (
                            <li key={l.label}><LabelTerm label={l} tipId={`actor-label-${r}-${s.article}-${i}`} /></li>
                          ))}
                        </ul>
                      ) : (
                        <span className={s.use === 'absent' ? 'meta' : undefined}>{actorUseText(s)}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length < allRows.length && (
            <p>
              <Link href={viewHref(base, { ...state, full: true }, 'actor-labels-heading')} prefetch={false}>
                All {allRows.length} actors (full view)
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

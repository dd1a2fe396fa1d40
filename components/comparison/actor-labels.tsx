// "How each source names the actors": one row per actor that some source labels, one column per source,
// each cell the source's labels (with the lexicon's note on focus or hover), a mention without a label,
// or no mention. Outlet names come from ctx.labels, so blind mode is already applied.
import type { CSSProperties } from 'react';
import { actorUseText, compareLabels, type ActorLabel } from '@/lib/profiles/compare-labels';
import type { ViewContext } from './view-context';

// Fixed layout and wrapping keep the table inside a phone-width window; no scroll container, so the
// notes' tooltips are not clipped.
const TABLE: CSSProperties = { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '0.9rem' };
const CELL: CSSProperties = { textAlign: 'left', verticalAlign: 'top', padding: '0.35rem 0.5rem', borderBottom: '1px solid var(--border)', overflowWrap: 'anywhere' };
const HEAD: CSSProperties = { ...CELL, borderBottom: '2px solid var(--border)' };
const TERM: CSSProperties = { textDecoration: 'underline dotted', textUnderlineOffset: '0.2em', cursor: 'help' };
const LIST: CSSProperties = { listStyle: 'none', padding: 0, margin: 0 };

function LabelTerm({ label, tipId }: { label: ActorLabel; tipId: string }) {
  const text = `“${label.label}” ×${label.count}`;
  if (!label.note) return <>{text}</>;
  return (
    <span className="hl-wrap">
      <span tabIndex={0} aria-describedby={tipId} style={TERM}>{text}</span>
      <span role="tooltip" id={tipId} className="tip">
        <span className="tip-note">{label.note}</span>
      </span>
    </span>
  );
}

export function ActorLabels({ ctx }: { ctx: ViewContext }) {
  const { analysis, labels } = ctx;
  const rows = compareLabels(analysis.sources, analysis.articles);
  return (
    <section className="actor-labels" aria-labelledby="actor-labels-heading" style={{ marginTop: '2rem' }}>
      <h2 id="actor-labels-heading">How each source names the actors</h2>
      {rows.length === 0 ? (
        <p className="empty">No source puts a label (“terrorists”, “militants”, “proxies”…) on a named actor.</p>
      ) : (
        <>
          <p className="hint">
            Labels are the words a source uses for an actor. Each row is an actor that at least one source labels; rows where the
            sources that mention it name it differently come first. Focus or hover a label for what it implies.
          </p>
          <table style={TABLE}>
            <thead>
              <tr>
                <th scope="col" style={HEAD}>Actor</th>
                {analysis.sources.map((s) => (
                  <th key={s.article} scope="col" style={HEAD}>{labels[s.article] ?? s.outlet}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.actor}>
                  <th scope="row" style={CELL}>
                    {row.actor}
                    {row.differs && <span className="meta"> · named differently</span>}
                  </th>
                  {row.bySource.map((s) => (
                    <td key={s.article} style={CELL} className={`actor-use-${s.use}`}>
                      {s.use === 'labels' ? (
                        <ul style={LIST}>
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
        </>
      )}
    </section>
  );
}

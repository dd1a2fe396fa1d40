// Where the sources disagree: comparison-level discrepancies (the same role held by different people…)
// and the conflicting rows of the grid, each linking to the claims concerned.
import Link from 'next/link';
import { indexClaims } from '@/lib/view/claim-index';
import { isConflict } from '@/lib/view/coverage';
import { viewHref } from '@/lib/view/view-state';
import type { ViewContext } from './view-context';

const KIND_LABELS: Record<string, string> = {
  number: 'Numbers differ',
  date: 'Dates differ',
  polarity: 'Opposite statements',
  actor: 'Different actors',
  'role-holder': 'Same role, different people',
  'actor-role': 'Different role for the same person',
};

export const discrepancyKindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

export function DiscrepancyPanel({ ctx }: { ctx: ViewContext }) {
  const { analysis, labels, state, base } = ctx;
  const index = indexClaims(analysis);
  const conflicts = analysis.groups.map((g, i) => ({ group: g, number: i + 1 })).filter(({ group }) => isConflict(group));
  const claimHref = (id: string) => viewHref(base, { blind: state.blind }, `claim-${id}`);
  const total = analysis.discrepancies.length + conflicts.length;
  return (
    <section className="panel discrepancies" aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">Where the sources disagree <span className="count">({total})</span></h2>
      {total === 0 && <p>No disagreements were detected between the sources.</p>}
      {analysis.discrepancies.length > 0 && (
        <ul className="discrepancy-list">
          {analysis.discrepancies.map((d, i) => (
            <li key={`${d.kind}-${i}`}>
              <p>
                <span className="badge badge-conflict">{discrepancyKindLabel(d.kind)}</span> <strong>{d.subject}</strong>
              </p>
              <ul className="discrepancy-values">
                {d.values.map((v) => (
                  <li key={`${v.article}-${v.value}`}>
                    <span className="source-name">{labels[v.article] ?? v.article}</span>: <strong>{v.value}</strong>
                    {v.claims.map((c, j) => (
                      <span key={c}> · <Link href={claimHref(c)} prefetch={false}>see claim{v.claims.length > 1 ? ` ${j + 1}` : ''}<span className="visually-hidden"> in {labels[v.article]}</span></Link></span>
                    ))}
                  </li>
                ))}
              </ul>
              {d.note && <p className="note">{d.note}</p>}
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <>
          <h3>Rows in conflict</h3>
          <ul className="discrepancy-list">
            {conflicts.map(({ group, number }) => (
              <li key={group.id}>
                <Link href={viewHref(base, { blind: state.blind }, `group-${group.id}`)} prefetch={false}>Row {number}: {group.summary}</Link>
                <ul className="discrepancy-values">
                  {group.discrepancies.map((d, i) => (
                    <li key={i}>
                      <span className="badge badge-conflict">{discrepancyKindLabel(d.kind)}</span> {d.note}{' '}
                      {d.values.map((v) => {
                        const article = index.claim.get(v.claim)?.articleId;
                        return <span key={v.claim} className="value">· {article ? labels[article] : v.claim}: <strong>{v.value}</strong> </span>;
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

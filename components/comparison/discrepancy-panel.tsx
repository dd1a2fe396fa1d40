// Where the sources disagree: comparison-level discrepancies (the same role held by different people…)
// and the conflicting rows of the grid, each linking to the claims concerned.
import Link from 'next/link';
import { indexClaims } from '@/lib/view/claim-index';
import { isConflict } from '@/lib/view/coverage';
import { viewHref } from '@/lib/view/view-state';
import { limit } from '@/lib/view/limit';

const MAX_ITEMS = 20;
const MAX_PER_ROW = 3;
const MAX_VALUES = 8;
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
  // The claim's row opens with it: closed rows carry no claim cards.
  const claimHref = (id: string) => viewHref(base, { blind: state.blind, group: index.groupOf.get(id)?.id ?? null }, `claim-${id}`);
  const total = analysis.discrepancies.length + conflicts.length;
  return (
    <section className="panel discrepancies" aria-labelledby="discrepancies-heading">
      <h2 id="discrepancies-heading">Where the sources disagree <span className="count">({total})</span></h2>
      {total === 0 && <p>No disagreements were detected between the sources.</p>}
      {analysis.discrepancies.length > 0 && (
        <ul className="discrepancy-list">
          {limit(analysis.discrepancies, MAX_ITEMS).shown.map((d, i) => (
            <li key={`${d.kind}-${i}`}>
              <p>
                <span className="badge badge-conflict">{discrepancyKindLabel(d.kind)}</span> <strong>{d.subject}</strong>
              </p>
              <ul className="discrepancy-values">
                {limit(d.values, MAX_VALUES).shown.map((v) => (
                  <li key={`${v.article}-${v.value}`}>
                    <span className="source-name">{labels[v.article] ?? v.article}</span>: <strong>{v.value}</strong>
                    {limit(v.claims, MAX_VALUES).shown.map((c, j) => (
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
      {analysis.discrepancies.length > MAX_ITEMS && <p>…and {analysis.discrepancies.length - MAX_ITEMS} more disagreements (see the exports for all of them).</p>}
      {conflicts.length > 0 && (
        <>
          <h3>Rows in conflict</h3>
          <ul className="discrepancy-list">
            {limit(conflicts, MAX_ITEMS).shown.map(({ group, number }) => (
              <li key={group.id}>
                <Link href={viewHref(base, { blind: state.blind, group: group.id }, `group-${group.id}`)} prefetch={false}>Row {number}: {group.summary}</Link>
                <ul className="discrepancy-values">
                  {limit(group.discrepancies, MAX_PER_ROW).shown.map((d, i) => (
                    <li key={i}>
                      <span className="badge badge-conflict">{discrepancyKindLabel(d.kind)}</span> {d.note}{' '}
                      {limit(d.values, MAX_VALUES).shown.map((v) => {
                        const article = index.claim.get(v.claim)?.articleId;
                        return <span key={v.claim} className="value">· {article ? labels[article] : v.claim}: <strong>{v.value}</strong> </span>;
                      })}
                    </li>
                  ))}
                  {group.discrepancies.length > MAX_PER_ROW && <li>…and {group.discrepancies.length - MAX_PER_ROW} more differences in this row.</li>}
                </ul>
              </li>
            ))}
          </ul>
          {conflicts.length > MAX_ITEMS && (
            <p><Link href={viewHref(base, { blind: state.blind, show: 'conflicts' })} prefetch={false}>Show all {conflicts.length} rows in conflict</Link></p>
          )}
        </>
      )}
    </section>
  );
}

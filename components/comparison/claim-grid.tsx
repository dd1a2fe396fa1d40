// The grid: one column per source, one row per claim group; "not reported" where a source is silent.
import Link from 'next/link';
import type { GroupDiscrepancy } from '@/lib/contract/types';
import { coverageBucket } from '@/lib/view/coverage';
import { mergeEmptyCells, type GridRow } from '@/lib/view/grid';
import { indexClaims } from '@/lib/view/claim-index';
import { groupToneText } from '@/lib/view/tone';
import { isGroupOpen, viewHref } from '@/lib/view/view-state';
import { limit } from '@/lib/view/limit';

const MAX_DISCREPANCIES = 5;
const MAX_VALUES = 8;
import { ClaimCard } from './claim-card';
import { discrepancyKindLabel } from './discrepancy-panel';
import type { ViewContext } from './view-context';

function badge(row: GridRow, ctx: ViewContext): { text: string; className: string } {
  const n = ctx.analysis.articles.length;
  switch (coverageBucket(row.group, n)) {
    case 'conflict': return { text: 'Conflict', className: 'badge-conflict' };
    case 'all': return { text: n === 2 ? 'Shared by both' : 'Shared by all', className: 'badge-all' };
    case 'some': return { text: `Shared by ${row.group.articles.length} of ${n}`, className: 'badge-some' };
    default: return { text: `Only ${ctx.labels[row.group.articles[0]] ?? 'one source'}`, className: 'badge-unique' };
  }
}

function Discrepancy({ d, ctx, articleOf }: { d: GroupDiscrepancy; ctx: ViewContext; articleOf: (claim: string) => string | undefined }) {
  return (
    <li>
      <strong>{discrepancyKindLabel(d.kind)}:</strong> {d.note}
      {d.values.length > 0 && (
        <span className="values">
          {' ('}
          {limit(d.values, MAX_VALUES).shown.map((v, i) => {
            const article = articleOf(v.claim);
            return <span key={v.claim}>{i > 0 && '; '}{article ? ctx.labels[article] : v.claim}: <strong>{v.value}</strong></span>;
          })}
          {d.values.length > MAX_VALUES && `; ${d.values.length - MAX_VALUES} more`}
          {')'}
        </span>
      )}
    </li>
  );
}

/** `rows`: the rows on this page; `matching`: how many match the filters in all (decides which open). */
export function ClaimGrid({ rows, matching = rows.length, ctx }: { rows: GridRow[]; matching?: number; ctx: ViewContext }) {
  const { analysis, labels, state, base } = ctx;
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const index = indexClaims(analysis);
  const articleOf = (claim: string) => index.claim.get(claim)?.articleId;
  if (rows.length === 0) {
    return (
      <p className="empty">
        No rows match these filters. <Link href={viewHref(base, { blind: state.blind })} prefetch={false}>Show all rows</Link>
      </p>
    );
  }
  return (
    <table className={`grid cols-${Math.min(analysis.articles.length, 8)}${analysis.articles.length > 4 ? ' many' : ''}`}>
      <caption className="visually-hidden">Claims side by side: one column per source, one row per happening, in the order the articles tell it.</caption>
      <thead>
        <tr>
          {analysis.articles.map((a) => (
            <th key={a.id} scope="col">{labels[a.id]}</th>
          ))}
        </tr>
      </thead>
      {rows.map((row) => {
        const b = badge(row, ctx);
        const tone = row.group.articles.length > 1 ? groupToneText(row.group.tone, labels) : null;
        const open = isGroupOpen(state, row.group.id, matching);
        const claimCount = row.cells.reduce((n, c) => n + c.claims.length, 0);
        return (
          <tbody key={row.group.id} className={`row row-${b.className}`}>
            <tr className="group-head">
              <th colSpan={analysis.articles.length} scope="colgroup" id={`group-${row.group.id}`}>
                <span className="row-number">{`${row.number}.`}</span> <span className={`badge ${b.className}`}>{b.text}</span>{' '}
                <span className="group-summary">{row.group.summary}</span>
                {row.group.discrepancies.length > 0 && (
                  <ul className="group-discrepancies">
                    {limit(row.group.discrepancies, MAX_DISCREPANCIES).shown.map((d, i) => <Discrepancy key={i} d={d} ctx={ctx} articleOf={articleOf} />)}
                    {row.group.discrepancies.length > MAX_DISCREPANCIES && (
                      <li>…and {row.group.discrepancies.length - MAX_DISCREPANCIES} more differences in this row.</li>
                    )}
                  </ul>
                )}
                {tone && <span className="group-tone">{`Relative tone: ${tone}`}</span>}
                {!open && (
                  <a className="group-open" href={viewHref(base, { ...state, group: row.group.id, full: false }, `group-${row.group.id}`)}>
                    {claimCount === 1 ? 'Show the claim' : `Show the ${claimCount} claims`}<span className="visually-hidden">{` of row ${row.number}`}</span>
                  </a>
                )}
              </th>
            </tr>
            {open ? (
            <tr className="group-cells">
              {mergeEmptyCells(row.cells).map((run) => {
                if (run.kind === 'empty') {
                  const names = run.articles.map((a) => labels[a]).join(', ');
                  return (
                    <td key={run.articles[0]} colSpan={run.articles.length} className="cell not-reported-cell">
                      <span className="cell-source">{names}</span>
                      <p className="not-reported">Not reported</p>
                    </td>
                  );
                }
                const { cell } = run;
                const article = articles.get(cell.article)!;
                return (
                  <td key={cell.article} className="cell">
                    <span className="cell-source">{labels[cell.article]}</span>
                    {cell.claims.map((c) => (
                      <ClaimCard
                        key={c.claim.id}
                        claim={c.claim}
                        article={article}
                        adds={c.adds}
                        contextHref={viewHref(base, { blind: state.blind, mode: 'read', article: article.id, claim: c.claim.id }, `claim-${c.claim.id}`)}
                      />
                    ))}
                  </td>
                );
              })}
            </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}

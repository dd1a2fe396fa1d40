// The grid's rows: one per claim group, in the analysis' order, one cell per source.
import type { Analysis, Claim, ClaimGroup, GroupMember } from '../contract/types';
import { indexClaims } from './claim-index';
import { isConflict } from './coverage';
import type { ViewState } from './view-state';

export interface CellClaim {
  claim: Claim;
  relation: GroupMember['relation'];
  /** Details only this claim states within its group. */
  adds: string[];
}

export interface GridCell {
  article: string;
  /** Empty: the source did not report this (a "not reported" cell). */
  claims: CellClaim[];
}

export interface GridRow {
  group: ClaimGroup;
  /** 1-based position of the group in the whole analysis (stable under filtering). */
  number: number;
  conflict: boolean;
  cells: GridCell[];
}

type Filter = Pick<ViewState, 'show' | 'source' | 'frame' | 'narrator' | 'q'>;

/** True when the claim is in the outlet's own voice: nobody is credited with it. */
export const isNarratorClaim = (claim: Claim) => claim.speaker === null;

function groupMatches(group: ClaimGroup, claims: Claim[], filter: Filter): boolean {
  switch (filter.show) {
    case 'shared':
      if (group.articles.length < 2) return false;
      break;
    case 'conflicts':
      if (!isConflict(group)) return false;
      break;
    case 'unique':
      if (group.articles.length !== 1) return false;
      if (filter.source && group.articles[0] !== filter.source) return false;
      break;
  }
  if (filter.frame && !claims.some((c) => c.frames.some((f) => f.id === filter.frame))) return false;
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    const haystacks = [group.summary, ...claims.map((c) => c.text), ...claims.map((c) => c.speaker?.name ?? '')];
    if (!haystacks.some((h) => h.toLowerCase().includes(needle))) return false;
  }
  return true;
}

export function buildGrid(analysis: Analysis, filter: Filter): GridRow[] {
  const index = indexClaims(analysis);
  const rows: GridRow[] = [];
  analysis.groups.forEach((group, i) => {
    let claims = group.claims.map((id) => index.claim.get(id)).filter((c): c is Claim => c !== undefined);
    if (filter.narrator) claims = claims.filter(isNarratorClaim);
    if (claims.length === 0 || !groupMatches(group, claims, filter)) return;
    const cells = analysis.articles.map((article) => ({
      article: article.id,
      claims: claims
        .filter((c) => c.articleId === article.id)
        .sort((x, y) => x.start - y.start)
        .map((claim) => {
          const member = index.memberOf.get(claim.id);
          return { claim, relation: member?.relation ?? 'same', adds: member?.adds ?? [] };
        }),
    }));
    rows.push({ group, number: i + 1, conflict: isConflict(group), cells });
  });
  return rows;
}

/** Frames present in the analysis, for the frame filter: id, label, and how many claims carry it. */
export function framesInUse(analysis: Analysis): { id: string; label: string; claims: number }[] {
  const frames = new Map<string, { id: string; label: string; claims: number }>();
  for (const article of analysis.articles)
    for (const claim of article.claims)
      for (const frame of claim.frames) {
        const entry = frames.get(frame.id) ?? { id: frame.id, label: frame.label, claims: 0 };
        entry.claims++;
        frames.set(frame.id, entry);
      }
  return [...frames.values()].sort((a, b) => b.claims - a.claims || a.id.localeCompare(b.id));
}

export type CellRun = { kind: 'claims'; cell: GridCell } | { kind: 'empty'; articles: string[] };

/**
 * Neighbouring "not reported" cells merged into one spanning cell: a sparse 8-source grid then has a
 * few cells per row instead of eight, and reads as "not reported by B–H" rather than seven dashes.
 */
export function mergeEmptyCells(cells: GridCell[]): CellRun[] {
  const runs: CellRun[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (cell.claims.length > 0) runs.push({ kind: 'claims', cell });
    else if (last?.kind === 'empty') last.articles.push(cell.article);
    else runs.push({ kind: 'empty', articles: [cell.article] });
  }
  return runs;
}

// checkDraft(draft, references): the editor's check, built on the one Analysis of [draft, ...references].
// The parts run in order over a shared context, each in its own file:
// missing → conflicts → draft only → quotes → wording → summary lines.
import type { Analysis, ArticleInput } from '../contract/types';
import { analyze } from '../pipeline';
import { AppError } from '../errors';
import { checkContext, type CheckThresholds } from './context';
import { conflicts } from './conflicts';
import { draftOnlyClaims } from './draft-only';
import { missingFacts } from './missing';
import { quoteFindings } from './quotes';
import { summaryLines } from './summary';
import type { CheckReport } from './types';
import { wordingFindings } from './wording';

export type * from './types';
export { checkReportMarkdown } from './markdown';

export const MAX_REFERENCES = 7;

export function checkInputs(draft: ArticleInput, references: ArticleInput[]): ArticleInput[] {
  if (references.length < 1 || references.length > MAX_REFERENCES)
    throw new AppError('INVALID_INPUT', `A check needs a draft and 1 to ${MAX_REFERENCES} references (got ${references.length}).`, 400);
  return [{ ...draft, outlet: draft.outlet ?? 'Draft' }, ...references];
}

/** The report for an Analysis whose first article is the draft and the rest its references. */
export function checkReport(analysis: Analysis, thresholds?: CheckThresholds): CheckReport {
  const context = checkContext(analysis, thresholds);
  const summaryOf = (a: Analysis['articles'][number]) => ({ article: a.id, outlet: a.outlet, title: a.title, claims: a.claims.length, text: a.text });
  const report = {
    draft: summaryOf(context.draft),
    references: context.references.map(summaryOf),
    missing: missingFacts(context),
    conflicts: conflicts(context),
    draftOnly: draftOnlyClaims(context),
    quotes: quoteFindings(context),
    wording: wordingFindings(context),
  };
  return { ...report, summary: summaryLines(report) };
}

export function checkDraft(draft: ArticleInput, references: ArticleInput[]): CheckReport {
  return checkReport(analyze(checkInputs(draft, references)));
}

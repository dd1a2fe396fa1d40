/** Where a comparison's analysis is. `done`: its analysis is stored for the current analyser version. */
export const ANALYSIS_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];
/** The attribute a pending comparison's page carries: such a page is never cached (lib/api/page-cache.ts). */
export const PENDING_PAGE_ATTRIBUTE = 'data-analysis-status';

export type PendingStatus = Exclude<AnalysisStatus, 'done'>;

// What the API answers for a comparison whose analysis is not there yet: its status, never cached.
import type { PendingComparison } from '../comparisons';
import { jsonResponse } from './json-response';

/** Seconds a client is asked to wait before it polls a pending comparison again. */
export const POLL_AFTER_SECONDS = 2;

export function pendingComparisonBody(comparison: PendingComparison) {
  return {
    id: comparison.id,
    title: comparison.title,
    createdAt: comparison.createdAt.toISOString(),
    status: comparison.status,
    reason: comparison.reason,
    attempts: comparison.attempts,
    url: `/api/comparisons/${comparison.id}`,
    page: `/comparisons/${comparison.id}`,
  };
}

/** 202 with Retry-After while queued or running; 200 once failed (that status is final). */
export function pendingComparisonResponse(comparison: PendingComparison): Response {
  const waiting = comparison.status !== 'failed';
  return jsonResponse(pendingComparisonBody(comparison), waiting ? 202 : 200, waiting ? { 'Retry-After': String(POLL_AFTER_SECONDS) } : {});
}

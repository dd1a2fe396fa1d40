// A comparison whose analysis is queued, running or failed: its progress, and (while pending) a meta
// refresh that reloads the page every few seconds until the analysis is there, with no JavaScript.
import Link from 'next/link';
import type { PendingComparison } from '@/lib/comparisons';
import { PENDING_PAGE_ATTRIBUTE } from '@/lib/comparisons/analysis-status';

export const PENDING_REFRESH_SECONDS = 3;

const MESSAGES = {
  queued: 'The articles are saved. Their analysis is waiting for a worker.',
  running: 'The articles are being analysed.',
  failed: 'The analysis failed.',
} as const;

export function PendingComparisonView({ comparison }: { comparison: PendingComparison }) {
  const pending = comparison.status !== 'failed';
  return (
    <div className="page narrow" {...{ [PENDING_PAGE_ATTRIBUTE]: comparison.status }}>
      {pending ? <meta httpEquiv="refresh" content={String(PENDING_REFRESH_SECONDS)} /> : null}
      <h1>{comparison.title}</h1>
      <p role="status">
        <strong>Analysis {comparison.status}.</strong> {MESSAGES[comparison.status]}
        {pending ? ` This page reloads itself every ${PENDING_REFRESH_SECONDS} seconds until the comparison is ready.` : null}
      </p>
      {comparison.attempts > 1 || comparison.reason ? (
        <p>
          Attempt {Math.max(1, comparison.attempts)}
          {comparison.reason ? `: ${comparison.reason}` : null}
        </p>
      ) : null}
      <p>
        <Link href="/">See all comparisons</Link>
      </p>
    </div>
  );
}

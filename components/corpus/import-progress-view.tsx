// An upload's import while it runs (records read of all, as a progress bar) and when done: what was
// imported, the error line of every bad record, and the way to the corpus. Reloads itself while running.
import Link from 'next/link';
import type { ImportProgress } from '@/lib/corpus';

export const IMPORT_REFRESH_SECONDS = 2;

export function ImportProgressView({ progress }: { progress: ImportProgress }) {
  const running = progress.state === 'running';
  const report = progress.report;
  return (
    <div className="page narrow" data-import-state={progress.state}>
      {running ? <meta httpEquiv="refresh" content={String(IMPORT_REFRESH_SECONDS)} /> : null}
      <h1>Importing into {progress.corpus}</h1>
      <div role="status">
        <label htmlFor="import-progress">
          {running ? `Reading records: ${progress.done} of ${progress.total}. This page reloads every ${IMPORT_REFRESH_SECONDS} seconds.` : progress.state === 'failed' || progress.state === 'interrupted' ? `The import stopped: ${progress.failure}` : `Done: ${progress.total} records read.`}
        </label>{' '}
        <progress id="import-progress" max={Math.max(1, progress.total)} value={progress.state === 'finished' ? progress.total : progress.done} />
      </div>
      {report ? (
        <p data-figure="import-report">
          {report.imported} articles imported, {report.duplicates} already in the corpus, {report.failed} skipped; {report.stories.created} new stories, {report.stories.grown} grown,{' '}
          {report.stories.comparisons} comparisons queued for analysis.
        </p>
      ) : null}
      {progress.errors.length > 0 ? (
        <section aria-labelledby="import-errors">
          <h2 id="import-errors">Skipped records</h2>
          <ul className="import-errors">{progress.errors.map((e, i) => <li key={i}><code>{e.where}</code>: {e.why}</li>)}</ul>
        </section>
      ) : null}
      {progress.corpusId && !running ? <p><Link className="button" href={`/corpora/${encodeURIComponent(progress.corpusId)}`}>Open the corpus</Link></p> : null}
    </div>
  );
}

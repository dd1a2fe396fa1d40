// An upload's import, run after the upload's request has answered, with its progress kept in this
// process so the import page can show it (records read of all, error lines, the outcome). Bounded:
// the last MAX_TRACKED imports are kept. The corpus itself is in the database; only the progress of an
// import that is still running lives here, so the import page answers on the instance that took the upload.
import { randomUUID } from 'node:crypto';
import { importCorpus, type ImportReport } from './import-corpus';
import type { ReadResult } from './record';

export interface ImportProgress {
  id: string;
  corpus: string;
  total: number;
  done: number;
  errors: { where: string; why: string }[];
  state: 'running' | 'finished' | 'failed';
  report: ImportReport | null;
  /** Set as soon as the corpus row exists. */
  corpusId: string | null;
  failure: string | null;
}

const MAX_TRACKED = 50;
const MAX_ERRORS_KEPT = 200;
const shared = globalThis as unknown as { parallaxImports?: Map<string, ImportProgress> };
const imports = (shared.parallaxImports ??= new Map());

export function getImportProgress(id: string): ImportProgress | null {
  return imports.get(id) ?? null;
}

/** Starts importing `records` into `corpus` and returns at once with the id its progress is read by. */
export function startTrackedImport(options: { corpus: string; records: ReadResult[]; run?: typeof importCorpus }): ImportProgress {
  const progress: ImportProgress = { id: randomUUID(), corpus: options.corpus, total: options.records.length, done: 0, errors: [], state: 'running', report: null, corpusId: null, failure: null };
  imports.set(progress.id, progress);
  while (imports.size > MAX_TRACKED) imports.delete(imports.keys().next().value!);
  const run = options.run ?? importCorpus;
  void run({
    corpus: options.corpus,
    records: options.records,
    onCorpus: (id) => (progress.corpusId = id),
    onProgress: (done) => (progress.done = done),
    onError: (where, why) => {
      if (progress.errors.length < MAX_ERRORS_KEPT) progress.errors.push({ where, why });
    },
  }).then(
    (report) => {
      Object.assign(progress, { report, corpusId: report.corpusId, done: progress.total, state: 'finished' });
    },
    (error: Error) => {
      Object.assign(progress, { state: 'failed', failure: error.message });
    },
  );
  return progress;
}

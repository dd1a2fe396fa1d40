// An upload's import, run after the upload's request has answered, with its progress in the database
// (CorpusImport) so that the import page shows it on every app instance: records read of all, the bad
// records named, the outcome. While it runs its row is touched every few seconds, so an import cut off
// by a restart reads as interrupted instead of running for ever (re-uploading then imports only what is
// missing: a stored article is a no-op).
import { getPrisma } from '../db/client';
import { importCorpus, type ImportReport } from './import-corpus';
import type { ReadResult } from './record';

export interface ImportProgress {
  id: string;
  corpus: string;
  total: number;
  done: number;
  errors: { where: string; why: string }[];
  state: 'running' | 'finished' | 'failed' | 'interrupted';
  report: ImportReport | null;
  /** Set as soon as the corpus row exists. */
  corpusId: string | null;
  failure: string | null;
}

const MAX_ERRORS_KEPT = 200;
const WRITE_EVERY_MS = 500;
export const HEARTBEAT_MS = 5_000;

/** Stores the import's row, starts importing `records` into `corpus` and returns at once with its progress. */
export async function startTrackedImport(options: { corpus: string; records: ReadResult[]; run?: typeof importCorpus }): Promise<ImportProgress> {
  const prisma = getPrisma();
  const row = await prisma.corpusImport.create({ data: { corpusName: options.corpus, total: options.records.length } });
  const progress: ImportProgress = { id: row.id, corpus: options.corpus, total: options.records.length, done: 0, errors: [], state: 'running', report: null, corpusId: null, failure: null };

  let writing: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  const write = (force = false) => {
    if (!force && Date.now() - lastWrite < WRITE_EVERY_MS) return writing;
    lastWrite = Date.now();
    const data = {
      done: progress.done,
      corpusId: progress.corpusId,
      state: progress.state,
      errorsJson: JSON.stringify(progress.errors),
      reportJson: progress.report ? JSON.stringify(progress.report) : null,
      failure: progress.failure,
    };
    // One write at a time, in order, so the last one (the outcome) is the one that stays.
    writing = writing.then(() => prisma.corpusImport.update({ where: { id: progress.id }, data }).catch((error) => console.error(`parallax: import ${progress.id}: could not record its progress: ${(error as Error).message}`)));
    return writing;
  };
  const heartbeat = setInterval(() => void write(true), HEARTBEAT_MS);
  heartbeat.unref();

  const run = options.run ?? importCorpus;
  void run({
    corpus: options.corpus,
    records: options.records,
    onCorpus: (id) => {
      progress.corpusId = id;
      void write(true);
    },
    onProgress: (done) => {
      progress.done = done;
      void write();
    },
    onError: (where, why) => {
      if (progress.errors.length < MAX_ERRORS_KEPT) progress.errors.push({ where, why });
    },
  })
    .then(
      (report) => Object.assign(progress, { report, corpusId: report.corpusId, done: progress.total, state: 'finished' }),
      (error: Error) => Object.assign(progress, { state: 'failed', failure: error.message }),
    )
    .finally(() => {
      clearInterval(heartbeat);
      void write(true);
    });
  return progress;
}

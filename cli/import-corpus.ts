// `parallax import FILE|DIR`: reads a corpus (lib/corpus/read-corpus-path), stores it in DATABASE_URL
// and brings its stories and their comparisons up to date. One error line per bad record on stderr,
// naming it (file:line, file or feed#item); the import goes on and exits 1. A summary line on stdout.
// Each story with two outlets or more becomes a comparison queued for analysis (lib/jobs): the app's
// workers or `parallax worker` analyse it; the import itself does not wait for the analyses.
import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { CliError, EXIT_FAILURE } from './cli-error';
import { writeStdout } from './output';
import { createProgressBar } from './progress-bar';

export async function importCorpusFile(request: { input: string; corpus: string | null; analyse: boolean; progress: boolean }): Promise<number> {
  if (!existsSync(request.input)) throw new CliError(`${request.input}: no such file or folder`);
  const { readCorpusPath } = require('../lib/corpus/read-corpus-path') as typeof import('../lib/corpus/read-corpus-path');
  const { importCorpus } = require('../lib/corpus/import-corpus') as typeof import('../lib/corpus/import-corpus');
  const { closeAnalysisPool } = require('../lib/workers/analysis-pool') as typeof import('../lib/workers/analysis-pool');
  const { getPrisma } = require('../lib/db/client') as typeof import('../lib/db/client');
  const { closeAnalysisQueue } = require('../lib/jobs/queue') as typeof import('../lib/jobs/queue');
  const records = readCorpusPath(request.input);
  const corpus = request.corpus ?? basename(resolve(request.input), extname(request.input));
  const bar = request.progress && process.stderr.isTTY ? createProgressBar(records.length, process.stderr) : null;
  let last = -1;
  try {
    const report = await importCorpus({
      corpus,
      records,
      analyse: request.analyse,
      onError: (where, why) => {
        const line = `parallax: ${where}: skipped: ${why}`;
        if (bar) bar.note(line);
        else process.stderr.write(`${line}\n`);
      },
      onProgress: (done, total) => {
        if (bar && done > last && done > 0) bar.tick();
        else if (!bar && request.progress && done === total) process.stderr.write(`parallax: read ${done}/${total} records\n`);
        last = done;
      },
    });
    bar?.done();
    await writeStdout(`${JSON.stringify({ corpus, corpusId: report.corpusId, read: report.read, imported: report.imported, duplicates: report.duplicates, failed: report.failed, stories: report.stories })}\n`);
    return report.failed ? EXIT_FAILURE : 0;
  } finally {
    await closeAnalysisQueue();
    await closeAnalysisPool();
    await getPrisma().$disconnect();
  }
}

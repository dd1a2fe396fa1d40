// `parallax analyze --batch IN.jsonl`: thousands of comparisons in one process (the NLP model loads
// once per worker), output in input order. The input is read twice: first to check every line, then to
// analyse, so memory stays flat however long the file is and a bad line is reported before any output.
// The analyses run in a pool of worker threads (lib/workers), one per core, each under its deadline: a
// line that fails or runs out of time gets an error line on stderr, and the batch goes on.
import type { Analysis } from '../lib/contract/types';
import type { OutputFormat } from './args';
import { analysisFailure } from './analysis-failure';
import { parseBatchLine, readRawLines, type BatchItem } from './batch-lines';
import { CliError, EXIT_FAILURE } from './cli-error';
import { formatAnalysis, writeStdout } from './output';
import { createProgressBar, silentProgress } from './progress-bar';
import { checkReadable, readBytes } from './read-input-file';

export interface AnalyzeBatchOptions {
  input: string;
  format: OutputFormat;
  progress: boolean;
}

async function* batchItems(source: string, lines: AsyncIterable<{ line: number; bytes: Buffer }>): AsyncGenerator<BatchItem> {
  for await (const { line, bytes } of lines) {
    const item = parseBatchLine(source, line, bytes);
    if (item) yield item;
  }
}

async function* linesOf(buffer: Buffer): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let start = 0;
  let line = 0;
  while (start < buffer.length) {
    const newline = buffer.indexOf(0x0a, start);
    const end = newline === -1 ? buffer.length : newline;
    yield { line: ++line, bytes: buffer.subarray(start, end) };
    start = end + 1;
  }
}

export async function analyzeBatch({ input, format, progress }: AnalyzeBatchOptions): Promise<void> {
  // Standard input can be read only once: keep it in memory. A file is streamed, twice.
  const stdinBuffer = input === '-' ? await readBytes('-') : null;
  const lines = () => (stdinBuffer ? linesOf(stdinBuffer) : readRawLines(input));
  const source = input === '-' ? 'stdin' : input;
  await checkReadable(input);

  let total = 0;
  for await (const _item of batchItems(source, lines())) total++;

  // The workers (and their NLP model) start only once the input is known to be good: bad input fails fast.
  const { AnalysisPool } = require('../lib/workers/analysis-pool') as typeof import('../lib/workers/analysis-pool');
  const { analysisWorkerCount } = require('../lib/workers/analysis-settings') as typeof import('../lib/workers/analysis-settings');
  const pool = new AnalysisPool({ size: analysisWorkerCount('cli') });
  const bar = progress && process.stderr.isTTY ? createProgressBar(total, process.stderr) : silentProgress;
  const failed: number[] = [];
  let first = true;

  const write = async (item: BatchItem, outcome: Promise<Analysis>) => {
    let analysis: Analysis;
    try {
      analysis = await outcome;
    } catch (error) {
      const { message, underlying } = analysisFailure(error);
      bar.note(`parallax: ${source} line ${item.line} (id ${JSON.stringify(item.id)}): skipped: ${message}`);
      if (underlying && process.env.PARALLAX_DEBUG === '1') bar.note(`${(underlying as Error)?.stack ?? String(underlying)}`);
      failed.push(item.line);
      bar.tick();
      return;
    }
    const result = { id: item.id, ...analysis };
    if (format === 'json') {
      await writeStdout(`${first ? '' : ',\n'}${JSON.stringify(result)}`);
    } else {
      await writeStdout(`${format === 'md' && !first ? '\n---\n\n' : ''}${formatAnalysis(result, format)}`);
    }
    first = false;
    bar.tick();
  };

  // Twice as many lines in flight as workers keeps every worker busy while output is written in input
  // order; no more, so memory stays flat.
  const inFlight: Array<{ item: BatchItem; outcome: Promise<Analysis> }> = [];
  try {
    if (format === 'json') await writeStdout('[\n');
    for await (const item of batchItems(source, lines())) {
      const outcome = pool.run(item.articles);
      outcome.catch(() => {}); // awaited in order below; this only keeps an early failure from counting as unhandled
      inFlight.push({ item, outcome });
      if (inFlight.length >= pool.size * 2) {
        const next = inFlight.shift()!;
        await write(next.item, next.outcome);
      }
    }
    for (const next of inFlight.splice(0)) await write(next.item, next.outcome);
    if (format === 'json') await writeStdout(`${first ? '' : '\n'}]\n`);
  } finally {
    bar.done();
    await pool.close();
  }
  if (failed.length)
    throw new CliError(
      `${failed.length} of ${total} line(s) could not be analysed (line ${failed.join(', ')}); every other line was written`,
      EXIT_FAILURE,
    );
}

// `parallax analyze --batch IN.jsonl`: thousands of comparisons in one process (the NLP model loads
// once), output in input order. The input is read twice: first to check every line, then to analyse,
// so memory stays flat however long the file is and a bad line is reported before any output.
import type { OutputFormat } from './args';
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

  // The pipeline (and its NLP model) loads only once the input is known to be good: bad input fails fast.
  const { analyze } = require('../lib/pipeline') as typeof import('../lib/pipeline');
  const bar = progress && process.stderr.isTTY ? createProgressBar(total, process.stderr) : silentProgress;
  let first = true;
  if (format === 'json') await writeStdout('[\n');
  for await (const item of batchItems(source, lines())) {
    let analysis;
    try {
      analysis = analyze(item.articles);
    } catch (error) {
      bar.done();
      throw new CliError(`${source} line ${item.line} (id ${JSON.stringify(item.id)}): analysis failed: ${(error as Error).message}`, EXIT_FAILURE, error);
    }
    const result = { id: item.id, ...analysis };
    if (format === 'json') {
      await writeStdout(`${first ? '' : ',\n'}${JSON.stringify(result)}`);
    } else {
      await writeStdout(`${format === 'md' && !first ? '\n---\n\n' : ''}${formatAnalysis(result, format)}`);
    }
    first = false;
    bar.tick();
  }
  if (format === 'json') await writeStdout(`${first ? '' : '\n'}]\n`);
  bar.done();
}

// The `parallax` command: parses arguments, runs one command, turns errors into a message and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_OK } from './cli-error';
import { USAGE } from './usage';

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  // A closed pipe (`parallax ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  try {
    const request = parseCliArgs(argv);
    if (request.command === 'help') process.stdout.write(USAGE);
    else if (request.command === 'version') process.stdout.write(`${version()}\n`);
    // Loaded on demand: the analysis modules load the NLP model, which --help does not need.
    // (require, not import(): bin/parallax.js hooks tsx into require only.)
    else if (request.command === 'analyze-files') await (require('./analyze-files') as typeof import('./analyze-files')).analyzeFiles(request);
    else if (request.command === 'worker') return await (require('./worker') as typeof import('./worker')).runWorker(request);
    else if (request.command === 'stories') return await (require('./stories') as typeof import('./stories')).storiesOfFile(request.input);
    else if (request.command === 'import') return await (require('./import-corpus') as typeof import('./import-corpus')).importCorpusFile(request);
    else if (request.command === 'check') await (require('./check-draft') as typeof import('./check-draft')).checkDraftFiles(request);
    else await (require('./analyze-batch') as typeof import('./analyze-batch')).analyzeBatch(request);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      if (error.underlying && process.env.PARALLAX_DEBUG === '1') process.stderr.write(`${(error.underlying as Error)?.stack ?? String(error.underlying)}\n`);
      else if (error.underlying) process.stderr.write('parallax: set PARALLAX_DEBUG=1 for the stack trace\n');
      return error.exitCode;
    }
    process.stderr.write(`parallax: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

// Command-line arguments → a typed request, or a CliError saying what is wrong.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

export type OutputFormat = 'json' | 'jsonl' | 'md';

export type CliRequest =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'analyze-files'; files: string[]; outlets: string[]; titles: string[]; format: OutputFormat }
  | { command: 'analyze-batch'; input: string; format: OutputFormat; progress: boolean }
  | { command: 'check'; files: string[]; outlets: string[]; titles: string[]; format: 'json' | 'md' }
  | { command: 'stories'; input: string }
  | { command: 'worker'; concurrency: number | null }
  | { command: 'import'; input: string; corpus: string | null; analyse: boolean; progress: boolean };

const FORMATS: OutputFormat[] = ['json', 'jsonl', 'md'];

export function parseCliArgs(argv: string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        batch: { type: 'string' },
        format: { type: 'string' },
        outlet: { type: 'string', multiple: true },
        title: { type: 'string', multiple: true },
        'no-progress': { type: 'boolean' },
        corpus: { type: 'string' },
        'no-analysis': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        concurrency: { type: 'string' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Run "parallax --help" for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  if (command === 'worker') {
    if (rest.length) throw new CliError('worker takes no files: it analyses the comparisons queued in DATABASE_URL. Run "parallax --help" for usage.');
    const raw = values.concurrency;
    const concurrency = raw === undefined ? null : Number(raw);
    if (concurrency !== null && (!Number.isInteger(concurrency) || concurrency < 1)) throw new CliError(`--concurrency must be a whole number of at least 1 (got "${raw}")`);
    return { command: 'worker', concurrency };
  }
  if (command === 'stories') {
    if (rest.length !== 1) throw new CliError('stories takes one FILE.jsonl ("-" for standard input). Run "parallax --help" for usage.');
    return { command: 'stories', input: rest[0] };
  }
  if (command === 'import') {
    if (rest.length !== 1) throw new CliError('import takes one FILE or DIR. Run "parallax --help" for usage.');
    return { command: 'import', input: rest[0], corpus: values.corpus ?? null, analyse: !values['no-analysis'], progress: !values['no-progress'] };
  }
  if (command !== 'analyze' && command !== 'check') throw new CliError(`unknown command "${command}". Run "parallax --help" for usage.`);

  const format = values.format as OutputFormat | undefined;
  if (format !== undefined && !FORMATS.includes(format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  const outlets = values.outlet ?? [];
  const titles = values.title ?? [];
  if (outlets.length > rest.length) throw new CliError(`${outlets.length} --outlet values for ${rest.length} file(s)`);
  if (titles.length > rest.length) throw new CliError(`${titles.length} --title values for ${rest.length} file(s)`);

  if (command === 'check') {
    if (values.batch !== undefined) throw new CliError('check takes a DRAFT and REFERENCE files, not --batch');
    if (format === 'jsonl') throw new CliError('check prints one report: --format json or md');
    if (rest.length < 2) throw new CliError('check needs a DRAFT and at least one REFERENCE (files or URLs). Run "parallax --help" for usage.');
    return { command: 'check', files: rest, outlets, titles, format: format ?? 'json' };
  }

  if (values.batch !== undefined) {
    if (rest.length) throw new CliError(`--batch takes one input file; unexpected argument "${rest[0]}"`);
    if (values.outlet || values.title) throw new CliError('--outlet and --title apply to files, not to --batch lines');
    return { command: 'analyze-batch', input: values.batch, format: format ?? 'jsonl', progress: !values['no-progress'] };
  }
  if (rest.length === 0) throw new CliError('analyze needs at least one FILE (or --batch IN.jsonl). Run "parallax --help" for usage.');
  return { command: 'analyze-files', files: rest, outlets, titles, format: format ?? 'json' };
}

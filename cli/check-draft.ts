// `parallax check DRAFT REFERENCE...`: the editor's check (lib/check) of a draft against 1 to 7
// references, each a file or an http(s) URL; prints the report as JSON or Markdown. The analysis runs
// in a worker under the same deadline as everywhere else.
import type { ArticleInput } from '../lib/contract/types';
import { isAppError } from '../lib/errors';
import { analyseInWorker } from './analysis-failure';
import { CliError } from './cli-error';
import { readFileArticles } from './file-articles';
import { writeStdout } from './output';

export interface CheckDraftOptions {
  files: string[];
  outlets: string[];
  titles: string[];
  format: 'json' | 'md';
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function readInput(input: string, overrides: { outlet?: string; title?: string }): Promise<ArticleInput[]> {
  if (!isUrl(input)) return readFileArticles(input, overrides);
  const { resolveArticle } = require('../lib/api/resolve-articles') as typeof import('../lib/api/resolve-articles');
  try {
    const { html: _html, ...article } = await resolveArticle({ url: input, ...overrides });
    return [article];
  } catch (error) {
    if (isAppError(error)) throw new CliError(`${input}: ${error.message}`);
    throw error;
  }
}

export async function checkDraftFiles({ files, outlets, titles, format }: CheckDraftOptions): Promise<void> {
  const { checkInputs, checkReport, checkReportMarkdown } = require('../lib/check') as typeof import('../lib/check');
  const { closeAnalysisPool } = require('../lib/workers/analysis-pool') as typeof import('../lib/workers/analysis-pool');
  const read: ArticleInput[][] = [];
  try {
    for (const [i, input] of files.entries()) read.push(await readInput(input, { outlet: outlets[i], title: titles[i] }));
  } finally {
    await closeAnalysisPool(); // a fetched page is read in the shared pool
  }
  const [draft, ...rest] = read;
  if (draft.length !== 1) throw new CliError(`the draft (${files[0]}) must be one article; it holds ${draft.length}`);
  let inputs: ArticleInput[];
  try {
    inputs = checkInputs(draft[0], rest.flat());
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message);
    throw error;
  }
  const analysis = await analyseInWorker(inputs);
  const report = checkReport(analysis);
  await writeStdout(format === 'md' ? checkReportMarkdown(report) : `${JSON.stringify(report, null, 2)}\n`);
}

// `parallax analyze FILE...`: the files are the articles of one comparison; prints its Analysis.
import type { ArticleInput } from '../lib/contract/types';
import { analysisFailure } from './analysis-failure';
import { CliError, EXIT_FAILURE } from './cli-error';
import { formatAnalysis, writeStdout } from './output';
import { readFileArticles } from './file-articles';
import type { OutputFormat } from './args';

export interface AnalyzeFilesOptions {
  files: string[];
  outlets: string[];
  titles: string[];
  format: OutputFormat;
}

export async function analyzeFiles({ files, outlets, titles, format }: AnalyzeFilesOptions): Promise<void> {
  const articles: ArticleInput[] = [];
  for (const [i, file] of files.entries()) articles.push(...(await readFileArticles(file, { outlet: outlets[i], title: titles[i] })));
  // Everything is read and checked first: a bad file fails before any output. The analysis runs in a
  // worker thread, under the same deadline as in the app (lib/workers).
  const { AnalysisPool } = require('../lib/workers/analysis-pool') as typeof import('../lib/workers/analysis-pool');
  const pool = new AnalysisPool({ size: 1 });
  let analysis;
  try {
    analysis = await pool.run(articles);
  } catch (error) {
    const { message, underlying } = analysisFailure(error);
    throw new CliError(message, EXIT_FAILURE, underlying);
  } finally {
    await pool.close();
  }
  await writeStdout(formatAnalysis(analysis, format));
}

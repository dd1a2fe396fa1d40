// `parallax analyze FILE...`: the files are the articles of one comparison; prints its Analysis.
import type { ArticleInput } from '../lib/contract/types';
import { analyseInWorker } from './analysis-failure';
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
  const analysis = await analyseInWorker(articles);
  await writeStdout(formatAnalysis(analysis, format));
}

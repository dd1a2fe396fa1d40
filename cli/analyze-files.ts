// `parallax analyze FILE...`: the files are the articles of one comparison; prints its Analysis.
import type { ArticleInput } from '../lib/contract/types';
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
  // Everything is read and checked first: a bad file fails before any output.
  const { analyze } = require('../lib/pipeline') as typeof import('../lib/pipeline');
  const text = formatAnalysis(analyze(articles), format);
  await writeStdout(text);
}

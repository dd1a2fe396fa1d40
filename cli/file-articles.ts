// One input file → the article(s) it holds, by extension: .txt, .md, .html/.htm, .json.
import { basename, extname } from 'node:path';
import type { ArticleInput } from '../lib/contract/types';
import { articleInputSchema, describeIssues } from '../lib/api/article-schema';
import { htmlToArticle, markdownToArticle } from '../lib/ingest/html';
import { CliError } from './cli-error';
import { readTextFile } from './read-input-file';

export interface FileOverrides {
  outlet?: string;
  title?: string;
}

const outletFromName = (path: string) => basename(path, extname(path));

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function validated(path: string, candidate: unknown, where = ''): ArticleInput {
  const result = articleInputSchema.safeParse(candidate);
  if (!result.success) throw new CliError(`${path}${where}: ${describeIssues(result.error).join('; ')}`);
  return result.data;
}

function fromJson(path: string, text: string): ArticleInput[] {
  const data = parseJson(path, text);
  if (data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)) {
    const list = (data as { articles: unknown[] }).articles;
    if (list.length === 0) throw new CliError(`${path}: "articles" is empty`);
    return list.map((item, i) => validated(path, item, ` (articles[${i}])`));
  }
  return [validated(path, data)];
}

export async function readFileArticles(path: string, overrides: FileOverrides = {}): Promise<ArticleInput[]> {
  const extension = extname(path).toLowerCase();
  const text = await readTextFile(path);
  let articles: ArticleInput[];
  if (extension === '.json') articles = fromJson(path, text);
  else if (extension === '.html' || extension === '.htm') {
    const { html: _page, ...article } = htmlToArticle(text);
    articles = [validated(path, { outlet: outletFromName(path), ...article })];
  } else if (extension === '.md' || extension === '.markdown')
    articles = [validated(path, { outlet: outletFromName(path), ...markdownToArticle(text) })];
  else if (extension === '.txt' || extension === '' || extension === '.text')
    articles = [validated(path, { outlet: outletFromName(path), text })];
  else throw new CliError(`${path}: unsupported file type "${extension}" (use .txt, .md, .html or .json)`);
  return articles.map((article) => ({
    ...article,
    ...(overrides.outlet !== undefined ? { outlet: overrides.outlet } : {}),
    ...(overrides.title !== undefined ? { title: overrides.title } : {}),
  }));
}

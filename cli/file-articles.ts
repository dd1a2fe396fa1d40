// One input file → the article(s) it holds (lib/api/file-to-articles, shared with the upload route).
import type { ArticleInput } from '../lib/contract/types';
import { isAppError } from '../lib/errors';
import { fileToArticles } from '../lib/api/file-to-articles';
import { CliError } from './cli-error';
import { readBytes } from './read-input-file';

export interface FileOverrides {
  outlet?: string;
  title?: string;
}

export async function readFileArticles(path: string, overrides: FileOverrides = {}): Promise<ArticleInput[]> {
  const bytes = await readBytes(path);
  let articles: ArticleInput[];
  try {
    // No upload limit here: the 200,000-character limit per article still applies.
    articles = (await fileToArticles(path, bytes, { maxBytes: Number.POSITIVE_INFINITY })).articles;
  } catch (error) {
    if (isAppError(error)) throw new CliError(error.message);
    throw error;
  }
  return articles.map((article) => ({
    ...article,
    ...(overrides.outlet !== undefined ? { outlet: overrides.outlet } : {}),
    ...(overrides.title !== undefined ? { title: overrides.title } : {}),
  }));
}

// An uploaded or given file → the article(s) it holds, by extension: .txt, .md, .html/.htm, .json.
// Shared by the upload route and the CLI so both read files the same way. Pure: bytes in, articles out;
// the upload route reads HTML in the worker pool (`readHtml`), the CLI in its own thread.
import { z } from 'zod';
import type { ArticleInput } from '../contract/types';
import { AppError } from '../errors';
import { htmlToArticle, markdownToArticle, type HtmlArticle } from '../ingest/html';
import { articleInputSchema, describeIssues } from './article-schema';
import { MAX_ARTICLES, MAX_UPLOAD_BYTES } from './limits';
import { decodeUtf8 } from './text-problem';

export const FILE_TYPES = ['.txt', '.md', '.markdown', '.html', '.htm', '.json'] as const;

export interface FileArticles {
  articles: ArticleInput[];
  /** The page, for .html files, so it can be stored with the article. */
  html?: string;
}

const invalid = (message: string) => new AppError('INVALID_INPUT', message, 400);

export function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

/** The name without directory and extension: the outlet of a .txt/.md/.html file unless told otherwise. */
export function stemOf(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function validated(name: string, candidate: unknown, where = ''): ArticleInput {
  const result = articleInputSchema.safeParse(candidate);
  if (!result.success) {
    const tooBig = result.error.issues.some((i) => i.code === 'too_big');
    throw new AppError(tooBig ? 'TOO_LARGE' : 'INVALID_INPUT', `${name}${where}: ${describeIssues(result.error).join('; ')}`, tooBig ? 413 : 400);
  }
  return result.data;
}

const articleList = z.object({ articles: z.array(z.unknown()) });

function fromJson(name: string, text: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const list = articleList.safeParse(data);
  if (list.success) {
    if (list.data.articles.length === 0) throw invalid(`${name}: "articles" is empty`);
    // Checked before any article is read: a 2 MB file can list tens of thousands of tiny ones.
    if (list.data.articles.length > MAX_ARTICLES)
      throw invalid(`${name}: "articles" holds ${list.data.articles.length.toLocaleString('en')} articles; a comparison may have at most ${MAX_ARTICLES}`);
    return list.data.articles.map((item, i) => validated(name, item, ` (articles[${i}])`));
  }
  return [validated(name, data)];
}

export interface FileToArticlesOptions {
  maxBytes?: number;
  readHtml?: (html: string) => HtmlArticle | Promise<HtmlArticle>;
}

export async function fileToArticles(name: string, bytes: Uint8Array, options: FileToArticlesOptions = {}): Promise<FileArticles> {
  const extension = extensionOf(name);
  if (!(FILE_TYPES as readonly string[]).includes(extension) && extension !== '' && extension !== '.text')
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${name}: unsupported file type "${extension}" (use .txt, .md, .html or .json)`, 415);
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (bytes.length > maxBytes) throw new AppError('TOO_LARGE', `${name} is larger than ${maxBytes / 1024 / 1024} MB`, 413);
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) throw invalid(`${name} ${decoded.error}`);
  const text = decoded.text.replace(/^\ufeff/, '');
  const outlet = stemOf(name);
  if (extension === '.json') return { articles: fromJson(name, text) };
  if (extension === '.html' || extension === '.htm') {
    const { html, ...article } = await (options.readHtml ?? htmlToArticle)(text);
    return { articles: [validated(name, { outlet, ...article })], html };
  }
  if (extension === '.md' || extension === '.markdown') return { articles: [validated(name, { outlet, ...markdownToArticle(text) })] };
  return { articles: [validated(name, { outlet, text })] };
}

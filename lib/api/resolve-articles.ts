// API articles → pipeline inputs: pasted text as is, HTML through the extractor, URLs fetched safely
// then extracted. The fetched HTML is kept (`html`) so a later re-analysis needs no network. Pages are
// read in the worker pool (lib/workers), under a deadline: a hostile page cannot hold the request thread.
import { AppError, isAppError } from '../errors';
import type { StoredArticleInput } from '../comparisons/types';
import { safeFetch, type SafeFetchOptions } from '../fetch';
import { runHtmlExtraction } from '../workers/analysis-pool';
import type { ApiArticle } from './api-article-schema';
import { articleUrlSchema } from './article-schema';
import { MAX_ARTICLE_CHARS } from './limits';
import { textProblem } from './text-problem';

const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** One article: fetch/extract as needed, the user's own fields winning over the page's. */
export async function resolveArticle(article: ApiArticle, fetchOptions: SafeFetchOptions = {}): Promise<StoredArticleInput> {
  // The API has checked this already; the form has not (its drafts are typed, not parsed): one rule for both.
  if (article.url !== undefined) {
    const url = articleUrlSchema.safeParse(article.url);
    if (!url.success) throw new AppError('INVALID_INPUT', url.error.issues.map((i) => i.message).join('; '), 400);
  }
  const given = defined({ outlet: article.outlet, title: article.title, url: article.url, publishedAt: article.publishedAt, byline: article.byline });
  let resolved: StoredArticleInput;
  if (article.text !== undefined) resolved = { ...given, text: article.text, ...(article.html !== undefined ? { html: article.html } : {}) };
  else if (article.html !== undefined) resolved = { ...(await runHtmlExtraction(article.html, { url: article.url })), ...given };
  else if (article.url !== undefined) {
    const page = await safeFetch(article.url, fetchOptions);
    const extracted = page.kind === 'html' ? await runHtmlExtraction(page.body, { url: page.url }) : { text: page.body, url: page.url };
    resolved = { ...extracted, ...given };
  } else throw new AppError('INVALID_INPUT', 'give the article as text, an HTML page or a URL', 400);
  const problem = textProblem(resolved.text);
  if (problem) {
    // Pasted text is the caller's to fix (400); a page without article text is the page's (422).
    if (article.text !== undefined) throw new AppError('INVALID_INPUT', problem, 400);
    throw new AppError('INVALID_INPUT', `no readable article text was found in the page (${problem})`, 422);
  }
  if (resolved.text.length > MAX_ARTICLE_CHARS)
    throw new AppError('TOO_LARGE', `the article text is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`, 413);
  return resolved;
}

/** All articles, concurrently; every failure is reported with its article number, not only the first. */
export async function resolveArticles(articles: ApiArticle[], fetchOptions: SafeFetchOptions = {}): Promise<StoredArticleInput[]> {
  const results = await Promise.allSettled(articles.map((article) => resolveArticle(article, fetchOptions)));
  const failures = results.flatMap((result, index) => (result.status === 'rejected' ? [{ index, error: result.reason as unknown }] : []));
  if (failures.length === 0) return results.map((r) => (r as PromiseFulfilledResult<StoredArticleInput>).value);
  const first = failures.find((f) => isAppError(f.error))?.error;
  if (!isAppError(first)) throw failures[0].error;
  const describe = (f: { index: number; error: unknown }) => `article ${f.index + 1}${articles[f.index].url ? ` (${articles[f.index].url})` : ''}: ${(f.error as Error).message}`;
  throw new AppError(first.code, failures.map(describe).join('; '), first.status, {
    ...(typeof first.details?.retryAfter === 'number' ? { retryAfter: first.details.retryAfter } : {}),
    articles: failures.map((f) => ({ index: f.index, message: (f.error as Error).message, code: isAppError(f.error) ? f.error.code : 'INTERNAL' })),
  });
}

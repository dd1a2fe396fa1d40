// For the new-comparison form's server action: the articles as typed (pasted text, or a URL with the
// text left empty) → pipeline inputs, fetching URLs safely. Errors come back per article
// (AppError.details.articles = [{index, message, code}], index into the given list), so the form can
// show each next to its article and keep everything the user typed.
import type { StoredArticleInput } from '../comparisons/types';
import type { SafeFetchOptions } from '../fetch';
import type { ApiArticle } from './api-article-schema';
import { resolveArticles } from './resolve-articles';

export interface FormArticleDraft {
  outlet?: string;
  title?: string;
  text?: string;
  url?: string;
  /** A page the browser read from an uploaded .html file, to store with the article. */
  html?: string;
}

const blankToUndefined = (value: string | undefined) => (value && value.trim() ? value : undefined);

export function formDraftToApiArticle(draft: FormArticleDraft): ApiArticle {
  return {
    outlet: blankToUndefined(draft.outlet),
    title: blankToUndefined(draft.title),
    // Typed or fetched-and-edited text wins; with no text, the URL (or uploaded page) is read on the server.
    text: blankToUndefined(draft.text),
    html: blankToUndefined(draft.html),
    url: blankToUndefined(draft.url),
  };
}

export function resolveFormArticles(drafts: FormArticleDraft[], fetchOptions: SafeFetchOptions = {}): Promise<StoredArticleInput[]> {
  return resolveArticles(drafts.map(formDraftToApiArticle), fetchOptions);
}

// What the comparison form's server actions share (/comparisons/new and /check): sign-in and rate limit,
// validation, fetching URL-only articles, one stored comparison, then a redirect. On any failure the
// typed values come back with the errors, so nothing typed is lost.
import { redirect } from 'next/navigation';
import type { StoredArticleInput } from '../comparisons/types';
import { createComparison } from '../comparisons';
import { isAppError } from '../errors';
import { analysisModeFor } from '../jobs/analysis-mode';
import { resolveFormArticles } from './form-articles';
import { serverWriteProblem } from './server-access';
import { errorsFromDetails, hasErrors, parseFormEntries, validateForm, type ErrorDetails, type FormState } from '../view/comparison-form';

export interface SaveFormOptions {
  /** The comparison to store from the typed title (may be empty) and the resolved articles. */
  arrange?: (title: string, articles: StoredArticleInput[]) => { title?: string; articles: StoredArticleInput[] };
  /** Where the saved comparison opens. */
  opensAt: (id: string) => string;
  /** Shown when saving failed for a reason the user cannot fix. */
  failure: string;
}

export async function saveFormComparison(formData: FormData, { arrange, opensAt, failure }: SaveFormOptions): Promise<FormState> {
  const values = parseFormEntries(formData.entries());
  // A server action is a public POST endpoint: the same sign-in and rate limit as the API apply.
  const problem = await serverWriteProblem();
  if (problem) return { values, errors: { form: problem, articles: {} } };
  const { errors, articles, positions } = validateForm(values);
  if (hasErrors(errors)) return { values, errors };
  let id: string;
  try {
    // Pasted text is used as is; an article given only by its URL is fetched (safely) on the server.
    const resolved = await resolveFormArticles(articles);
    const comparison = arrange ? arrange(values.title.trim(), resolved) : { title: values.title.trim() || undefined, articles: resolved };
    // A big comparison (or any, on an instance without workers) opens on its progress page until analysed.
    ({ id } = await createComparison({ ...comparison, analyse: analysisModeFor(comparison.articles) }));
  } catch (error) {
    if (isAppError(error)) return { values, errors: errorsFromDetails(error.message, error.details as ErrorDetails | undefined, positions) };
    console.error('parallax: saving a comparison from the form failed', error);
    return { values, errors: { form: failure, articles: {} } };
  }
  redirect(opensAt(encodeURIComponent(id)));
}

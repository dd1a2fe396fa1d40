'use server';

import { redirect } from 'next/navigation';
import { createComparison } from '@/lib/comparisons';
import { isAppError } from '@/lib/errors';
import { resolveFormArticles } from '@/lib/api/form-articles';
import { serverWriteProblem } from '@/lib/api/server-access';
import { errorsFromDetails, hasErrors, parseFormEntries, validateForm, type ErrorDetails, type FormState } from '@/lib/view/comparison-form';

/** The form's server action: on any failure the typed values come back with the errors, nothing is lost. */
export async function createComparisonAction(_previous: FormState, formData: FormData): Promise<FormState> {
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
    ({ id } = await createComparison({ title: values.title.trim() || undefined, articles: resolved }));
  } catch (error) {
    if (isAppError(error)) return { values, errors: errorsFromDetails(error.message, error.details as ErrorDetails | undefined, positions) };
    console.error('parallax: creating a comparison failed', error);
    return { values, errors: { form: 'The comparison could not be saved. Your text is kept below; please try again.', articles: {} } };
  }
  redirect(`/comparisons/${encodeURIComponent(id)}`);
}

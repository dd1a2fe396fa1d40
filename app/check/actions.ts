'use server';

import { redirect } from 'next/navigation';
import { createComparison } from '@/lib/comparisons';
import { isAppError } from '@/lib/errors';
import { resolveFormArticles } from '@/lib/api/form-articles';
import { serverWriteProblem } from '@/lib/api/server-access';
import { errorsFromDetails, hasErrors, parseFormEntries, validateForm, type ErrorDetails, type FormState } from '@/lib/view/comparison-form';

/**
 * The check form's server action: the draft and its references are saved as one comparison (the draft
 * first), which opens in the check view. On any failure the typed values come back with the errors.
 */
export async function createCheckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = parseFormEntries(formData.entries());
  const problem = await serverWriteProblem();
  if (problem) return { values, errors: { form: problem, articles: {} } };
  const { errors, articles, positions } = validateForm(values);
  if (hasErrors(errors)) return { values, errors };
  let id: string;
  try {
    const [draft, ...references] = await resolveFormArticles(articles);
    const title = values.title.trim() || `Draft check: ${draft.title?.trim() || draft.outlet?.trim() || 'draft'}`;
    ({ id } = await createComparison({ title, articles: [{ ...draft, outlet: draft.outlet?.trim() || 'Draft' }, ...references] }));
  } catch (error) {
    if (isAppError(error)) return { values, errors: errorsFromDetails(error.message, error.details as ErrorDetails | undefined, positions) };
    console.error('parallax: saving a draft check failed', error);
    return { values, errors: { form: 'The check could not be saved. Your text is kept below; please try again.', articles: {} } };
  }
  redirect(`/comparisons/${encodeURIComponent(id)}/check`);
}

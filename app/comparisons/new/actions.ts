'use server';

import { redirect } from 'next/navigation';
import { createComparison } from '@/lib/comparisons';
import { isAppError } from '@/lib/errors';
import { errorsFromIssues, hasErrors, parseFormEntries, validateForm, type FormState } from '@/lib/view/comparison-form';

/** The form's server action: on any failure the typed values come back with the errors, nothing is lost. */
export async function createComparisonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = parseFormEntries(formData.entries());
  const { errors, articles, positions } = validateForm(values);
  if (hasErrors(errors)) return { values, errors };
  let id: string;
  try {
    ({ id } = await createComparison({ title: values.title.trim() || undefined, articles }));
  } catch (error) {
    if (isAppError(error)) {
      const issues = (error.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues;
      return { values, errors: errorsFromIssues(error.message, issues, positions) };
    }
    console.error('parallax: creating a comparison failed', error);
    return { values, errors: { form: 'The comparison could not be saved. Your text is kept below; please try again.', articles: {} } };
  }
  redirect(`/comparisons/${encodeURIComponent(id)}`);
}

'use server';

import { saveFormComparison } from '@/lib/api/save-form-comparison';
import type { FormState } from '@/lib/view/comparison-form';

/** The form's server action: on any failure the typed values come back with the errors, nothing is lost. */
export async function createComparisonAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveFormComparison(formData, {
    opensAt: (id) => `/comparisons/${id}`,
    failure: 'The comparison could not be saved. Your text is kept below; please try again.',
  });
}

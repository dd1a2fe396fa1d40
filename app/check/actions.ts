'use server';

import { saveFormComparison } from '@/lib/api/save-form-comparison';
import type { FormState } from '@/lib/view/comparison-form';

/**
 * The check form's server action: the draft and its references are saved as one comparison (the draft
 * first), which opens in the check view. On any failure the typed values come back with the errors.
 */
export async function createCheckAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveFormComparison(formData, {
    arrange: (title, [draft, ...references]) => ({
      title: title || `Draft check: ${draft.title?.trim() || draft.outlet?.trim() || 'draft'}`,
      articles: [{ ...draft, outlet: draft.outlet?.trim() || 'Draft' }, ...references],
    }),
    opensAt: (id) => `/comparisons/${id}/check`,
    failure: 'The check could not be saved. Your text is kept below; please try again.',
  });
}

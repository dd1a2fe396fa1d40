import { z } from 'zod';

export type IdContext = { params: Promise<{ id: string }> };

// Ids are opaque; anything longer or stranger than a stored id cannot exist, so it is simply not found.
export const comparisonIdParams = z.object({ id: z.string().max(200).catch('') });

/** `?fields=summary`: the comparison without its analysis (outlets, counts, coverage); default all. */
export const comparisonQuery = z.object({ fields: z.enum(['all', 'summary']).default('all') });

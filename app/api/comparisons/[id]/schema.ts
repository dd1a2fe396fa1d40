import { z } from 'zod';

export type IdContext = { params: Promise<{ id: string }> };

// Ids are opaque; anything longer or stranger than a stored id cannot exist, so it is simply not found.
export const comparisonIdParams = z.object({ id: z.string().max(200).catch('') });

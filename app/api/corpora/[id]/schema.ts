import { z } from 'zod';

export type CorpusContext = { params: Promise<{ id: string }> };

// Ids are opaque; anything longer than a stored id cannot exist, so it is simply not found.
export const corpusIdParams = z.object({ id: z.string().max(200).catch('') });

export { corpusQuery } from '@/lib/corpus/corpus-query';

import { z } from 'zod';
import { MAX_URL_CHARS } from '@/lib/api/limits';

/** JSON body of POST /api/ingest: a URL to fetch and read (files come as multipart/form-data, field "file"). */
export const ingestUrlBody = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http or https address' })
    .max(MAX_URL_CHARS, { error: `url is longer than ${MAX_URL_CHARS} characters` }),
});

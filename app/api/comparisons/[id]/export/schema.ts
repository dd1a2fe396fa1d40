import { z } from 'zod';

export const exportQuery = z.object({
  format: z.enum(['json', 'csv', 'md'], { error: 'format must be json, csv or md' }).default('json'),
  blind: z
    .enum(['0', '1', 'true', 'false'], { error: 'blind must be 1 or 0' })
    .optional()
    .transform((value) => value === '1' || value === 'true'),
});

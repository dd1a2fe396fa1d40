import type { z } from 'zod';
import { AppError } from '../errors';

/** Turns zod issues into one AppError whose message names the article concerned ("article 2: the article text is empty"). */
export function validationError(error: z.ZodError): AppError {
  const messages = error.issues.map((issue) => {
    const [first, index, field] = issue.path;
    if (first === 'articles' && typeof index === 'number') {
      return `article ${index + 1}${field && field !== 'text' ? ` (${String(field)})` : ''}: ${issue.message}`;
    }
    return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
  });
  const tooLarge = error.issues.some((i) => i.code === 'too_big');
  return new AppError(tooLarge ? 'TOO_LARGE' : 'INVALID_INPUT', messages.join('; '), tooLarge ? 413 : 400, {
    issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}

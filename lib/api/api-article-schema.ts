// An article as the API takes it: pasted text, an HTML page, or a URL for the server to fetch
// (at least one of the three). Metadata given here wins over what is read from the page.
import { z } from 'zod';
import { isWellFormedText, loneSurrogateMessage } from './well-formed';
import { AppError } from '../errors';
import { articleTextSchema, articleUrlSchema } from './article-schema';
import { MAX_BODY_BYTES, MAX_OUTLET_CHARS, MAX_TITLE_CHARS } from './limits';

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .max(max, { error: `${what} is longer than ${max.toLocaleString('en')} characters` })
    .refine(isWellFormedText, { error: loneSurrogateMessage(what) })
    .optional();

export const apiArticleSchema = z
  .object({
    outlet: optionalText(MAX_OUTLET_CHARS, 'outlet'),
    title: optionalText(MAX_TITLE_CHARS, 'title'),
    text: articleTextSchema.optional(),
    html: z
      .string({ error: 'html must be a string' })
      .max(MAX_BODY_BYTES, { error: 'html is larger than the 2 MB body limit' })
      .refine(isWellFormedText, { error: loneSurrogateMessage('html') })
      .optional(),
    url: articleUrlSchema.optional(),
    publishedAt: optionalText(100, 'publishedAt'),
    byline: optionalText(MAX_TITLE_CHARS, 'byline'),
  })
  .refine((a) => a.text !== undefined || a.html !== undefined || a.url !== undefined, {
    error: 'give the article as "text", "html" or "url"',
  });

export type ApiArticle = z.infer<typeof apiArticleSchema>;

/** Zod issues → one AppError naming each article ("article 2: text: The article text is empty."). */
export function inputError(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    const where =
      first === 'articles' && typeof index === 'number'
        ? `article ${index + 1}${rest.length ? ` ${rest.join('.')}` : ''}`
        : issue.path.join('.');
    return { path: issue.path.map(String), message: where ? `${where}: ${issue.message}` : issue.message, tooBig: issue.code === 'too_big' && ['text', 'html'].includes(String(issue.path.at(-1))) };
  });
  const tooLarge = issues.some((i) => i.tooBig);
  return new AppError(tooLarge ? 'TOO_LARGE' : 'INVALID_INPUT', issues.map((i) => i.message).join('; '), tooLarge ? 413 : 400, {
    issues: issues.map(({ path, message }) => ({ path, message })),
  });
}

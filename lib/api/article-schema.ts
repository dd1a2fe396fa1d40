// The shape of one article as the API, the form and the CLI accept it (`ArticleInput` of the contract),
// with the limits and text checks that turn bad input into a clear message instead of a failure later.
import { z } from 'zod';
import { isWellFormedText, loneSurrogateMessage } from './well-formed';
import { MAX_ARTICLE_CHARS, MAX_OUTLET_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import { textProblem } from './text-problem';

const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .max(max, { error: `${what} is longer than ${max.toLocaleString('en')} characters` })
    .refine(isWellFormedText, { error: loneSurrogateMessage(what) })
    .optional();

export const articleTextSchema = z
  .string({ error: 'text is required and must be a string' })
  .max(MAX_ARTICLE_CHARS, { error: `text is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters` })
  .superRefine((text, ctx) => {
    const problem = textProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** An article's web address, wherever it comes from (API, form, CLI): http or https only. */
export const articleUrlSchema = z
  .url({ protocol: /^https?$/, error: 'url must be an http or https address' })
  .max(MAX_URL_CHARS, { error: `url is longer than ${MAX_URL_CHARS} characters` });

export const articleInputSchema = z.object({
  outlet: optionalText(MAX_OUTLET_CHARS, 'outlet'),
  title: optionalText(MAX_TITLE_CHARS, 'title'),
  text: articleTextSchema,
  url: articleUrlSchema.optional(),
  publishedAt: optionalText(100, 'publishedAt'),
  byline: optionalText(MAX_TITLE_CHARS, 'byline'),
});

export type ArticleInputData = z.infer<typeof articleInputSchema>;

/** Zod issues as short sentences with the field path: "articles.1.text: The article text is empty." */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

// The new-comparison form's data: parsing its fields, checking them, and mapping data-layer errors
// back to the article concerned. Pure, so the server action stays a few lines and this is tested.
import type { ArticleInput } from '../contract/types';

export const MIN_FORM_ARTICLES = 2;
export const MAX_FORM_ARTICLES = 8;
const MAX_TEXT = 200_000;
const MAX_OUTLET = 200;
const MAX_TITLE = 1000;

/** One article as typed. Field names beyond outlet/title/text (url, publishedAt, byline, html…) pass through. */
export type ArticleDraft = { outlet: string; title: string; text: string } & Record<string, string>;

export interface FormValues {
  title: string;
  articles: ArticleDraft[];
}

export interface FormErrors {
  form?: string;
  /** Keyed by the article's position in the form; field name → message. */
  articles: Record<number, Record<string, string>>;
}

export interface FormState {
  values: FormValues;
  errors: FormErrors;
}

export const emptyDraft = (): ArticleDraft => ({ outlet: '', title: '', text: '' });

export const initialFormState = (): FormState => ({
  values: { title: '', articles: [emptyDraft(), emptyDraft()] },
  errors: { articles: {} },
});

/** Field name of one article's input: `articles.2.text`. */
export const fieldName = (index: number, field: string) => `articles.${index}.${field}`;

const FIELD = /^articles\.(\d{1,2})\.([A-Za-z]{1,20})$/;

/** Reads `title` and `articles.N.field` entries (files and unknown names are ignored). */
export function parseFormEntries(entries: Iterable<[string, unknown]>): FormValues {
  let title = '';
  const drafts: ArticleDraft[] = [];
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if (name === 'title') { title = value; continue; }
    const match = FIELD.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    if (index >= MAX_FORM_ARTICLES) continue;
    while (drafts.length <= index) drafts.push(emptyDraft());
    drafts[index][match[2]] = value;
  }
  while (drafts.length < MIN_FORM_ARTICLES) drafts.push(emptyDraft());
  return { title, articles: drafts };
}

const isBlank = (draft: ArticleDraft) => Object.values(draft).every((v) => v.trim() === '');

/**
 * Checks the drafts. Blank articles beyond the first two are skipped (an "add article" left empty),
 * so the result lists which form positions become which article.
 */
export function validateForm(values: FormValues): { errors: FormErrors; articles: ArticleInput[]; positions: number[] } {
  const errors: FormErrors = { articles: {} };
  const articles: ArticleInput[] = [];
  const positions: number[] = [];
  const fail = (i: number, field: string, message: string) => ((errors.articles[i] ??= {})[field] = message);
  values.articles.forEach((draft, i) => {
    if (i >= MIN_FORM_ARTICLES && isBlank(draft)) return;
    // An article given by its web address alone is fetched on the server.
    if (!draft.text.trim() && !(draft.url ?? '').trim()) fail(i, 'text', 'Paste the text of this article, or give its web address.');
    else if (draft.text.length > MAX_TEXT) fail(i, 'text', `This article is too long (at most ${MAX_TEXT.toLocaleString('en')} characters).`);
    if (draft.outlet.length > MAX_OUTLET) fail(i, 'outlet', `At most ${MAX_OUTLET} characters.`);
    if (draft.title.length > MAX_TITLE) fail(i, 'title', `At most ${MAX_TITLE} characters.`);
    const { outlet, title, text, ...rest } = draft;
    const input: ArticleInput & Record<string, string> = { text, ...rest };
    if (outlet.trim()) input.outlet = outlet.trim();
    if (title.trim()) input.title = title.trim();
    articles.push(input);
    positions.push(i);
  });
  if (articles.length < MIN_FORM_ARTICLES) errors.form = `Give at least ${MIN_FORM_ARTICLES} articles to compare.`;
  return { errors, articles, positions };
}

export const hasErrors = (errors: FormErrors) => Boolean(errors.form) || Object.keys(errors.articles).length > 0;

interface Issue {
  path: string[];
  message: string;
}

interface ArticleProblem {
  index: number;
  message: string;
}

/** Details of an AppError as the data layer (`issues`) or the URL resolver (`articles`) give them. */
export interface ErrorDetails {
  issues?: Issue[];
  articles?: ArticleProblem[];
}

/** Places any AppError's details next to the articles concerned (indexes count the submitted articles). */
export function errorsFromDetails(message: string, details: ErrorDetails | undefined, positions: number[]): FormErrors {
  if (details?.articles?.length) {
    const errors: FormErrors = { articles: {} };
    for (const problem of details.articles) {
      const position = positions[problem.index];
      if (position === undefined) errors.form = message;
      else (errors.articles[position] ??= {}).text = problem.message;
    }
    return errors;
  }
  return errorsFromIssues(message, details?.issues, positions);
}

/** Places a data-layer error (AppError with `details.issues` paths such as ["articles","1","text"]) next to its article. */
export function errorsFromIssues(message: string, issues: Issue[] | undefined, positions: number[]): FormErrors {
  const errors: FormErrors = { articles: {} };
  const unplaced: string[] = [];
  for (const issue of issues ?? []) {
    const [first, index, field] = issue.path;
    const position = first === 'articles' ? positions[Number(index)] : undefined;
    if (position === undefined) unplaced.push(issue.message);
    else (errors.articles[position] ??= {})[field ?? 'text'] = issue.message;
  }
  if (!issues?.length) errors.form = message;
  else if (unplaced.length) errors.form = unplaced.join('; ');
  return errors;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** An article as POST /api/ingest answers it → a form draft (unknown or non-string fields dropped). */
export function draftFromIngest(article: Record<string, unknown>): ArticleDraft {
  const draft: ArticleDraft = { outlet: str(article.outlet), title: str(article.title), text: str(article.text) };
  if (str(article.url)) draft.url = str(article.url);
  return draft;
}

/**
 * Fetched articles go into slot `index`, then into the following slots without text (adding slots up to
 * the maximum). An outlet or headline the user already typed in a slot wins over the fetched one.
 */
export function fillSlots(list: ArticleDraft[], index: number, fetched: ArticleDraft[]): ArticleDraft[] {
  const next = [...list];
  let slot = index;
  for (const article of fetched) {
    while (slot < next.length && slot !== index && next[slot].text.trim()) slot++;
    if (slot >= MAX_FORM_ARTICLES) break;
    const kept = next[slot] ?? emptyDraft();
    next[slot] = { ...article, outlet: kept.outlet.trim() ? kept.outlet : article.outlet, title: kept.title.trim() ? kept.title : article.title };
    slot++;
  }
  return next;
}

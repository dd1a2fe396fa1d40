// HTML page → article input: the main text by @mozilla/readability on a linkedom DOM, metadata from
// JSON-LD, Open Graph and <time>. Pure: the same HTML (and URL) always gives the same article.
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../../contract/types';
import { domToText } from './dom-to-text';
import { limitNesting } from './limit-nesting';
import { readPageMetadata } from './page-metadata';

export interface HtmlArticle extends ArticleInput {
  /** The page as fetched or uploaded, kept so a re-analysis needs no network. */
  html: string;
}

export interface HtmlToArticleOptions {
  /** Where the page came from: used as the article's url and, without a site name, its outlet. */
  url?: string;
}

function hostOutlet(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

// linkedom is loaded on first use: its dependencies are ESM-only, which Jest (on Node 20) cannot
// require, and most modules that import this file (the API routes) never parse HTML in their tests.
let linkedom: typeof import('linkedom') | null = null;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadLinkedom = () => (linkedom ??= require('linkedom') as typeof import('linkedom'));

function parseDocument(html: string): Document {
  // linkedom treats a fragment without <html> as a bare node list; wrap it so `document.body` exists.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return limitNesting(loadLinkedom().parseHTML(page).document as unknown as Document);
}

/** The article body: Readability's pick when it finds one, else the whole <body> as text. */
function articleText(html: string): { text: string; title: string | null; byline: string | null; siteName: string | null } {
  const document = parseDocument(html);
  const parsed = new Readability(document, { charThreshold: 200 }).parse();
  if (parsed?.content) {
    const text = domToText(parseDocument(parsed.content).body);
    if (text) return { text, title: parsed.title ?? null, byline: parsed.byline ?? null, siteName: parsed.siteName ?? null };
  }
  const fallback = parseDocument(html);
  return { text: fallback.body ? domToText(fallback.body) : '', title: null, byline: null, siteName: null };
}

export function htmlToArticle(html: string, options: HtmlToArticleOptions = {}): HtmlArticle {
  // Readability mutates the DOM it reads, so metadata comes from a DOM of its own.
  const metadata = readPageMetadata(parseDocument(html));
  const body = articleText(html);
  const title = metadata.title ?? body.title ?? undefined;
  const outlet = metadata.siteName ?? body.siteName ?? hostOutlet(options.url);
  const byline = metadata.byline ?? body.byline ?? undefined;
  return {
    text: body.text,
    html,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(byline ? { byline } : {}),
    ...(metadata.publishedAt ? { publishedAt: metadata.publishedAt } : {}),
    ...(options.url ? { url: options.url } : {}),
  };
}

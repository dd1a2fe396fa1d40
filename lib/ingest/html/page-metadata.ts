// Reads an article's metadata from a page: JSON-LD (NewsArticle and kin), Open Graph / article:* meta
// tags, plain meta tags and <time> elements, in that order of trust (JSON-LD is written for machines).

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'LiveBlogPosting',
]);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const clean = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

/** Every object in a JSON-LD block: top level, arrays and `@graph`s. */
function flattenJsonLd(value: unknown, into: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) value.forEach((item) => flattenJsonLd(item, into));
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph']) flattenJsonLd(value['@graph'], into);
  }
  return into;
}

const typesOf = (node: JsonObject): string[] => {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

/** A person or organisation reference as a name: "Jane Doe", {name}, or a list of those. */
function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : null;
  }
  if (isObject(value)) return clean(value.name);
  return clean(value);
}

function jsonLdArticle(document: Document): JsonObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block on a page is common; the other sources still count
    }
    const article = flattenJsonLd(parsed).find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)));
    if (article) return article;
  }
  return null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ?? document.querySelector(`meta[name="${key}"]`) ?? document.querySelector(`meta[itemprop="${key}"]`);
    const content = clean(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

function timeElementDate(document: Document): string | null {
  const preferred =
    document.querySelector('time[itemprop="datePublished"][datetime]') ??
    document.querySelector('time[pubdate][datetime]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return clean(preferred?.getAttribute('datetime'));
}

/** An ISO 8601 timestamp when the value parses as a date, the value as written otherwise. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

export function readPageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document);
  const title = clean(ld?.headline) ?? meta(document, 'og:title', 'twitter:title') ?? clean(document.querySelector('title')?.textContent);
  const siteName = meta(document, 'og:site_name', 'application-name') ?? nameOf(ld?.publisher);
  const byline = nameOf(ld?.author) ?? meta(document, 'author', 'article:author', 'parsely-author', 'byl');
  const published =
    clean(ld?.datePublished) ??
    meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'parsely-pub-date', 'dc.date') ??
    timeElementDate(document);
  return { title, siteName, byline, publishedAt: normaliseDate(published) };
}

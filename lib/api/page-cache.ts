// Cached comparison pages, served by proxy.ts when reading is open (no PARALLAX_PRIVATE): a stored
// comparison does not change for a given analyser version, so its page is rendered once per address
// and kept in a bounded LRU, instead of once per request.
//
// The CSP stays nonce-based and as strict: the page is rendered (by a request to this same server
// carrying a per-process secret) with a per-process placeholder nonce, and every answer gets the
// cached markup with that placeholder replaced by a fresh nonce, the same one its CSP header names. No
// two answers share a nonce; a script without the answer's nonce still does not run.
// Pages of pending comparisons are not kept. Writes (create, delete, re-analysis) bump lib/cache/page-generation, which drops every cached page.
import { randomBytes } from 'node:crypto';
import { LruCache } from '../cache/lru';
import { contentGeneration } from '../cache/page-generation';
import { DEFAULT_DATABASE_URL, databaseProvider } from '../db/provider';
import { PENDING_PAGE_ATTRIBUTE } from '../comparisons/analysis-status';

interface CachedPage {
  html: string;
  generation: number;
  vary: string | null;
  renderedAt: number;
}

/**
 * How long a cached page may be served without rendering it again. The write generation only counts
 * this process's writes; on PostgreSQL other app instances share the database (a comparison deleted
 * there), so a page is kept at most PARALLAX_PAGE_CACHE_SECONDS (default 10). On SQLite every write that
 * changes a page goes through this process, and the generation alone is exact.
 */
function maxAgeMs(): number {
  const raw = process.env.PARALLAX_PAGE_CACHE_SECONDS;
  if (raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw))) return Math.max(0, Number(raw)) * 1000;
  return databaseProvider(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) === 'postgresql' ? 10_000 : Infinity;
}

interface PageCacheState {
  /** Proves that a render request comes from this process. */
  secret: string;
  /** Stands for the nonce in cached markup: random per process, so no article text can contain it. */
  placeholder: string;
  pages: LruCache<string, CachedPage>;
  rendering: Map<string, Promise<CachedPage | null>>;
}

export const RENDER_HEADER = 'x-parallax-render';
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
const CACHEABLE_PATH = /^\/comparisons\/(?!new$)[^/]+$/;

const shared = globalThis as unknown as { parallaxPageCache?: PageCacheState };
const state: PageCacheState = (shared.parallaxPageCache ??= {
  secret: randomBytes(24).toString('base64url'),
  placeholder: `pxnonce${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`,
  pages: new LruCache(Math.max(1, Number(process.env.PARALLAX_PAGE_CACHE) || 64)),
  rendering: new Map(),
});

/** Whether this request is the server rendering a page for the cache (and not a forgery). */
export const isRenderRequest = (headers: Headers): boolean => headers.get(RENDER_HEADER) === state.secret;

/** The answer's header that proves to `render` it came from this process. */
export const renderProof = (): [string, string] => [RENDER_HEADER, state.secret];

/** The nonce a render request renders with (replaced per answer). */
export const placeholderNonce = (): string => state.placeholder;

/**
 * A whole-page GET of a comparison, not Next's client navigation or prefetch (those fetch RSC data).
 * Next strips its own markers (`RSC`, `Next-Router-*`, `_rsc`) before the proxy runs, so the test is
 * on what the browser adds: its fetches say `Sec-Fetch-Dest: empty` (a page load says `document`),
 * and the router's fetches carry `Next-Url` or accept `text/x-component`. Clients that send none of
 * these (curl, load tests, old browsers' page loads) get the page.
 */
export function isCacheablePageRequest(method: string, pathname: string, search: URLSearchParams, headers: Headers): boolean {
  const dest = headers.get('sec-fetch-dest');
  return (
    method === 'GET' &&
    CACHEABLE_PATH.test(pathname) &&
    !search.has('_rsc') &&
    (dest === null || dest === 'document') &&
    !/text\/x-component/i.test(headers.get('accept') ?? '') &&
    headers.get('next-url') === null &&
    headers.get('rsc') === null &&
    headers.get('next-router-prefetch') === null &&
    headers.get('next-router-state-tree') === null &&
    headers.get('next-action') === null
  );
}

async function render(key: string): Promise<CachedPage | null> {
  const port = process.env.PORT;
  if (!port) return null;
  const generation = contentGeneration();
  const response = await fetch(`http://127.0.0.1:${port}${key}`, { headers: { [RENDER_HEADER]: state.secret, accept: 'text/html' }, redirect: 'manual' });
  const html = await response.text();
  // Only a 200 page that this process rendered (it echoes the secret) is kept.
  if (response.status !== 200 || response.headers.get(RENDER_HEADER) !== state.secret || !/^text\/html/.test(response.headers.get('content-type') ?? '')) return null;
  if (html.length > MAX_PAGE_BYTES || !html.includes(state.placeholder)) return null;
  const page = { html, generation, vary: response.headers.get('vary'), renderedAt: Date.now() };
  // A pending comparison's page is served once, never kept: a worker in another process may finish its
  // analysis at any moment, and this process would not know.
  if (contentGeneration() === generation && !html.includes(`${PENDING_PAGE_ATTRIBUTE}=`)) state.pages.set(key, page);
  return page;
}

/** The cached page's markup for `key` (path and query) with `nonce` in place, or null to render as usual. */
export async function cachedPageHtml(key: string, nonce: string): Promise<{ html: string; vary: string | null } | null> {
  let page = state.pages.get(key);
  if (!page || page.generation !== contentGeneration() || Date.now() - page.renderedAt > maxAgeMs()) {
    let pending = state.rendering.get(key);
    if (!pending) {
      pending = render(key).catch(() => null).finally(() => state.rendering.delete(key));
      state.rendering.set(key, pending);
    }
    page = (await pending) ?? undefined;
  }
  if (!page) return null;
  return { html: page.html.replaceAll(state.placeholder, nonce), vary: page.vary };
}

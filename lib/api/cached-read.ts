// Reads of stored comparisons that cannot change for a given analyser version: the body is built once
// per comparison and variant (lib/cache/derived), answered with an ETag, and a request whose
// If-None-Match names it gets 304 without a body. Cache-Control lets a browser keep the copy but asks
// it to revalidate (the comparison may be deleted); in private mode (PARALLAX_PRIVATE) the copy is the
// reader's own: `private`, never `public`, so no shared cache keeps a signed-in reader's data.
import { createHash } from 'node:crypto';
import { derived } from '../cache/derived';
import { comparisonVersionTag, type StoredComparison } from '../comparisons';
import { readAuthSettings } from './auth';
import { withSecurityHeaders } from './security-headers';

export function readCacheControl(): string {
  return readAuthSettings().privateReads ? 'private, no-cache' : 'public, no-cache';
}

/** Whether an If-None-Match header names this ETag (a list, `*`, weak or strong forms alike). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

interface CachedBody {
  body: string;
  etag: string;
}

/** `variant` names what was rendered (e.g. "json", "summary", "csv blind"); `render` runs once per variant. */
export function cachedComparisonResponse(
  request: Request,
  comparison: StoredComparison,
  variant: string,
  contentType: string,
  render: () => string,
  headers: Record<string, string> = {},
): Response {
  const cached = derived<CachedBody>(comparison, `response ${variant}`, () => {
    const body = render();
    const etag = `"${createHash('sha256').update(`${comparisonVersionTag(comparison)}\u0000${variant}`).digest('base64url').slice(0, 27)}"`;
    return { body, etag };
  });
  const responseHeaders = withSecurityHeaders(new Headers({ 'Content-Type': contentType, 'Cache-Control': readCacheControl(), ETag: cached.etag, Vary: 'Authorization, Cookie', ...headers }));
  if (matchesEtag(request.headers.get('if-none-match'), cached.etag)) {
    responseHeaders.delete('Content-Type');
    return new Response(null, { status: 304, headers: responseHeaders });
  }
  return new Response(cached.body, { status: 200, headers: responseHeaders });
}

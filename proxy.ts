// Runs before every page and page route (prefetches included: nothing is exempt): security headers
// and the Content-Security-Policy, and, with PARALLAX_PRIVATE=1 and an admin token, the sign-in gate
// for reading. The pages and the page export route check access again themselves
// (lib/api/server-access), so private mode does not rest on this file alone. API routes set their
// own headers and check access themselves (lib/api/route.ts); only those with a path parameter are
// matched, for the malformed-address check.
import { NextResponse, type NextRequest } from 'next/server';
import { credentialOf, needsAuth, readAuthSettings, sameOrigin } from '@/lib/api/auth';
import { cachedPageHtml, isCacheablePageRequest, isRenderRequest, placeholderNonce, renderProof } from '@/lib/api/page-cache';
import { isAppError } from '@/lib/errors';
import { errorResponse, problemResponse } from '@/lib/api/problem';
import { COMMON_SECURITY_HEADERS, pageCsp } from '@/lib/api/security-headers';

/**
 * A fresh nonce per request: only scripts carrying it run, so markup that slips into a page (an
 * article's `<script>`, an inline `onerror=`) cannot. Every page is rendered per request (none is
 * prerendered), which is what lets Next put this nonce on its own scripts.
 */
function freshNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

function withPageHeaders<R extends Response>(response: R, csp: string): R {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/** Null when the request may read; else the answer to give instead (a redirect to sign in, or 429). */
function readGate(request: NextRequest): Response | null {
  const settings = readAuthSettings();
  const path = request.nextUrl.pathname;
  if (!needsAuth('read', settings) || path === '/sign-in') return null;
  try {
    if (credentialOf(request.headers, settings)) return null;
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') return errorResponse(error);
    throw error;
  }
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('next', `${path}${request.nextUrl.search}`);
  const redirect = NextResponse.redirect(signIn);
  redirect.headers.set('Cache-Control', 'no-store');
  return redirect;
}

/**
 * A POST to a page is a server action. One sent from another origin (or `Origin: null`) is refused
 * here with a 403: Next would refuse it too, but with a 500.
 */
function crossSiteAction(request: NextRequest): Response | null {
  if (request.method === 'GET' || request.method === 'HEAD') return null;
  const origin = request.headers.get('origin');
  if (origin === null || sameOrigin(origin, request.headers)) return null;
  return problemResponse(403, 'UNAUTHORIZED', 'Cross-site requests cannot use this Parallax\'s forms.');
}

/**
 * An address whose percent-encoding is not UTF-8 (`/comparisons/%E0%A4%A`) cannot name anything:
 * 400 here, where Next would answer 500 decoding it into the route's parameters.
 */
function malformedPath(request: NextRequest): Response | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    return problemResponse(400, 'INVALID_INPUT', 'The address is not valid: its percent-encoding does not decode to UTF-8 text.');
  }
}

/** Lets Next render the page with `nonce` on its scripts and `csp` in force. */
function renderWith(request: NextRequest, nonce: string, csp: string): NextResponse {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // Where a layout's sign-in redirect should come back to (layouts are not told their URL).
  requestHeaders.set('x-parallax-path', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set('Content-Security-Policy', csp);
  return withPageHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

export async function proxy(request: NextRequest) {
  // The API's routes with a path parameter are matched only for this check; they set their own headers.
  if (request.nextUrl.pathname.startsWith('/api/')) return malformedPath(request) ?? NextResponse.next();
  const development = process.env.NODE_ENV === 'development';
  const nonce = freshNonce();
  const csp = pageCsp(nonce, development);
  const refused = malformedPath(request) ?? crossSiteAction(request) ?? readGate(request);
  if (refused) return withPageHeaders(refused, csp);
  // Comparison pages, when anyone may read them, come from lib/api/page-cache: rendered once with a
  // placeholder nonce (the request below), answered with a fresh nonce put in its place each time.
  if (isRenderRequest(request.headers)) {
    const response = renderWith(request, placeholderNonce(), pageCsp(placeholderNonce()));
    response.headers.set(...renderProof());
    return response;
  }
  if (!development && !needsAuth('read', readAuthSettings()) && isCacheablePageRequest(request.method, request.nextUrl.pathname, request.nextUrl.searchParams, request.headers)) {
    const cached = await cachedPageHtml(`${request.nextUrl.pathname}${request.nextUrl.search}`, nonce);
    if (cached) {
      const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' };
      if (cached.vary) headers.Vary = cached.vary;
      return withPageHeaders(new NextResponse(cached.html, { status: 200, headers }), csp);
    }
  }
  // Next reads the nonce from the request's CSP header and puts it on its own <script> tags.
  return renderWith(request, nonce, csp);
}

export const config = {
  // `/api/comparisons/{id}…` only (GET and DELETE, no request bodies) for the path check.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)', '/api/comparisons/:rest+'],
};

// Runs before every page: security headers and the Content-Security-Policy, and, with
// PARALLAX_PRIVATE=1 and an admin token, the sign-in gate for reading. API routes set their own
// headers and check access themselves (lib/api/route.ts), so they are not matched here.
import { NextResponse, type NextRequest } from 'next/server';
import { credentialOf, needsAuth, readAuthSettings } from '@/lib/api/auth';
import { COMMON_SECURITY_HEADERS, pageCsp } from '@/lib/api/security-headers';

/**
 * A fresh nonce per request: only scripts carrying it run, so markup that slips into a page (an
 * article's `<script>`, an inline `onerror=`) cannot. Every page is rendered per request (none is
 * prerendered), which is what lets Next put this nonce on its own scripts.
 */
function freshNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

export function proxy(request: NextRequest) {
  const settings = readAuthSettings();
  const path = request.nextUrl.pathname;
  if (needsAuth('read', settings) && path !== '/sign-in' && !credentialOf(request, settings)) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('next', `${path}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = freshNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
  // Next reads the nonce from the request's CSP header and puts it on its own <script> tags.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

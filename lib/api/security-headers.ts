// Security headers: one list for API responses (set by the route wrapper) and pages (set by proxy.ts).

/** Headers every response gets. */
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** API responses are data, never documents: nothing in them may run or load anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The pages' policy: scripts, styles, images and connections only from this origin, no plugins, no
 * <base> hijack, no framing, forms post to this origin only.
 *
 * Scripts: only those carrying the request's nonce run ('strict-dynamic' lets Next's chunks load). Next
 * puts the nonce on its scripts only when it renders a page per request, so every page is dynamic: a
 * prerendered page would carry no nonce and would not start.
 */
export function pageCsp(nonce: string, development = false): string {
  const scripts = `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function withSecurityHeaders(headers: Headers, csp: string = API_CSP): Headers {
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) headers.set(name, value);
  headers.set('Content-Security-Policy', csp);
  return headers;
}

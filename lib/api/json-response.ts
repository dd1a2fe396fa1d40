import { withSecurityHeaders } from './security-headers';

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const responseHeaders = withSecurityHeaders(new Headers({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers }));
  return new Response(JSON.stringify(body), { status, headers: responseHeaders });
}

export function textResponse(body: string, contentType: string, headers: Record<string, string> = {}): Response {
  const responseHeaders = withSecurityHeaders(new Headers({ 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers }));
  return new Response(body, { status: 200, headers: responseHeaders });
}

// Errors as RFC 9457 problem details (application/problem+json) with a message a person can act on.
import { isAppError, type AppErrorCode } from '../errors';
import { withSecurityHeaders } from './security-headers';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: AppErrorCode;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

export function problemResponse(
  status: number,
  code: AppErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const problem: Problem = {
    type: `/api/openapi.json#/components/responses/Problem`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
  const responseHeaders = withSecurityHeaders(new Headers({ 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers }));
  return new Response(JSON.stringify(problem), { status, headers: responseHeaders });
}

/** Any thrown value → a problem response. Only unexpected errors become 500, with no internals shown. */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const headers: Record<string, string> = {};
    if (typeof error.details?.retryAfter === 'number') headers['Retry-After'] = String(error.details.retryAfter);
    if (error.code === 'UNAUTHORIZED') headers['WWW-Authenticate'] = 'Bearer realm="parallax"';
    const { retryAfter: _retryAfter, ...details } = error.details ?? {};
    return problemResponse(error.status, error.code, error.message, details, headers);
  }
  console.error('parallax api: unexpected error', error);
  return problemResponse(500, 'INTERNAL', 'Something went wrong on the server; the request was not completed. Try again, and report it if it persists.');
}

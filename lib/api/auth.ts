// Who may write and read. Without PARALLAX_ADMIN_TOKEN a local install is open. With it, creating and
// deleting need the token (Authorization: Bearer, or the sign-in session cookie, lib/api/session);
// with PARALLAX_PRIVATE=1 too, reading needs it as well. Tokens are compared in constant time (on
// SHA-256 digests, so lengths match); wrong tokens are rate limited per client (lib/api/rate-limit).
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors';
import { clientKeyFrom } from './client-key';
import { assertMayTryToken, countAuthFailure } from './rate-limit';
import { verifySession } from './session';

export const SESSION_COOKIE = 'parallax_session';

export type Access = 'read' | 'write';

export interface AuthSettings {
  token: string | null;
  privateReads: boolean;
}

export function readAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const token = env.PARALLAX_ADMIN_TOKEN?.trim() || null;
  return { token, privateReads: env.PARALLAX_PRIVATE === '1' || env.PARALLAX_PRIVATE === 'true' };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export function constantTimeEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** A cookie's value, or null when absent or not decodable (a malformed cookie is no cookie). */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null;
    }
  }
  return null;
}

export function needsAuth(access: Access, settings: AuthSettings): boolean {
  return settings.token !== null && (access === 'write' || settings.privateReads);
}

export type Credential = 'bearer' | 'cookie' | null;

const bearerOf = (headers: Headers) => {
  const header = headers.get('authorization');
  return (header && /^Bearer\s+(.+)$/i.exec(header.trim())?.[1]) || null;
};

/**
 * Which valid credential the request carries, if any. A Bearer token counts against the client's
 * failed-authentication limit when wrong, and is not even compared (429) once that limit is reached,
 * so the answer stops telling a guesser anything. Session cookies are signed (not guessable) and
 * are not counted.
 */
export function credentialOf(headers: Headers, settings: AuthSettings): Credential {
  if (!settings.token) return null;
  const bearer = bearerOf(headers);
  if (bearer) {
    const client = clientKeyFrom(headers);
    assertMayTryToken(client);
    if (constantTimeEqual(bearer, settings.token)) return 'bearer';
    countAuthFailure(client);
  }
  const cookie = cookieValue(headers.get('cookie'), SESSION_COOKIE);
  if (cookie && verifySession(cookie, settings.token)) return 'cookie';
  return null;
}

/** The host a request was sent to, as the browser saw it. */
const requestHost = (headers: Headers) => headers.get('x-forwarded-host') ?? headers.get('host');

/** Whether an Origin header names this server; `null` (sandboxed frames, file: pages) and junk do not. */
export function sameOrigin(origin: string, headers: Headers): boolean {
  const host = requestHost(headers);
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Throws 401 when the request needs the token and lacks it; 403 for a cross-site write riding on the
 * cookie; 429 after too many wrong tokens. Returns the credential used (null: none needed or given).
 */
export function authorize(request: Request, access: Access, settings: AuthSettings = readAuthSettings()): Credential {
  if (!needsAuth(access, settings)) return null;
  const credential = credentialOf(request.headers, settings);
  if (!credential)
    throw new AppError(
      'UNAUTHORIZED',
      access === 'write'
        ? 'This Parallax is locked for changes: send the admin token as "Authorization: Bearer <token>", or sign in at /sign-in.'
        : 'This Parallax is private: send the admin token as "Authorization: Bearer <token>", or sign in at /sign-in.',
      401,
    );
  // A cookie is sent by the browser whatever page made the request: a write must come from our own pages.
  if (credential === 'cookie' && access === 'write' && request.method !== 'GET') {
    const origin = request.headers.get('origin');
    if (origin !== null && !sameOrigin(origin, request.headers))
      throw new AppError('UNAUTHORIZED', 'Cross-site requests cannot change this Parallax.', 403);
  }
  return credential;
}


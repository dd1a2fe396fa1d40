// Who may write and read. Without PARALLAX_ADMIN_TOKEN a local install is open. With it, creating and
// deleting need the token (Authorization: Bearer, or the sign-in cookie); with PARALLAX_PRIVATE=1 too,
// reading needs it as well. Tokens are compared in constant time (on SHA-256 digests, so lengths match).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors';

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

/** The cookie holds a value derived from the token, not the token itself. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('parallax-session-v1').digest('base64url');
}

export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export function needsAuth(access: Access, settings: AuthSettings): boolean {
  return settings.token !== null && (access === 'write' || settings.privateReads);
}

export type Credential = 'bearer' | 'cookie' | null;

/** Which valid credential the request carries, if any. */
export function credentialOf(request: Request, settings: AuthSettings): Credential {
  if (!settings.token) return null;
  const header = request.headers.get('authorization');
  const bearer = header && /^Bearer\s+(.+)$/i.exec(header.trim())?.[1];
  if (bearer && constantTimeEqual(bearer, settings.token)) return 'bearer';
  const cookie = cookieValue(request.headers.get('cookie'), SESSION_COOKIE);
  if (cookie && constantTimeEqual(cookie, sessionValue(settings.token))) return 'cookie';
  return null;
}

/** Throws 401 when the request needs the token and lacks it; 403 for a cross-site write riding on the cookie. */
export function authorize(request: Request, access: Access, settings: AuthSettings = readAuthSettings()): void {
  if (!needsAuth(access, settings)) return;
  const credential = credentialOf(request, settings);
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
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (origin && host && new URL(origin).host !== host)
      throw new AppError('UNAUTHORIZED', 'Cross-site requests cannot change this Parallax.', 403);
  }
}

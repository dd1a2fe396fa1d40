// Access checks for server components and server actions (which are POST endpoints anyone can call):
// the same rules as the API (lib/api/auth), read from the request's cookies through next/headers.
import { cookies, headers } from 'next/headers';
import { AppError } from '../errors';
import { constantTimeEqual, needsAuth, readAuthSettings, SESSION_COOKIE, sessionValue, type Access } from './auth';
import { writeLimiter } from './rate-limit';

export async function hasServerAccess(access: Access): Promise<boolean> {
  const settings = readAuthSettings();
  if (!needsAuth(access, settings) || !settings.token) return true;
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  if (cookie && constantTimeEqual(cookie, sessionValue(settings.token))) return true;
  const bearer = /^Bearer\s+(.+)$/i.exec((await headers()).get('authorization') ?? '')?.[1];
  return Boolean(bearer && constantTimeEqual(bearer, settings.token));
}

/** Throws AppError UNAUTHORIZED (401) unless the caller may `access`; call it first in every write action. */
export async function assertServerAccess(access: Access): Promise<void> {
  if (!(await hasServerAccess(access)))
    throw new AppError('UNAUTHORIZED', access === 'write' ? 'Sign in (at /sign-in) to create or delete comparisons.' : 'Sign in (at /sign-in) to read this Parallax.', 401);
}

/**
 * For a server action that writes (creates or deletes): null when it may go ahead, else the message to
 * show (not signed in while PARALLAX_ADMIN_TOKEN is set, or over the per-client write rate limit).
 * Usage at the top of the action: `const problem = await serverWriteProblem(); if (problem) return …`.
 */
export async function serverWriteProblem(): Promise<string | null> {
  if (!(await hasServerAccess('write'))) return 'Sign in (at /sign-in) to create or delete comparisons. Your text is kept below.';
  const forwarded = (await headers()).get('x-forwarded-for');
  const client = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1) ?? 'local';
  try {
    writeLimiter().take(client);
  } catch (error) {
    if (error instanceof AppError) return `${error.message} Your text is kept below.`;
    throw error;
  }
  return null;
}

// Access checks for pages, server components and server actions (which are POST endpoints anyone can
// call): the same rules as the API (lib/api/auth), read from the request's headers through next/headers.
// Every page that shows stored data calls `requirePageAccess` itself, so private mode does not rest on
// the proxy alone.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AppError, isAppError } from '../errors';
import { credentialOf, needsAuth, readAuthSettings, type Access } from './auth';
import { clientKeyFrom } from './client-key';
import { limitWrite } from './rate-limit';

/** Whether the request may `access`; a client over the failed-sign-in limit may not. */
export async function hasServerAccess(access: Access): Promise<boolean> {
  const settings = readAuthSettings();
  if (!needsAuth(access, settings)) return true;
  try {
    return credentialOf(await headers(), settings) !== null;
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') return false;
    throw error;
  }
}

/** For pages: sends a reader who lacks access to /sign-in, to come back to `next` after. */
export async function requirePageAccess(next: string): Promise<void> {
  if (!(await hasServerAccess('read'))) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
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
  const list = await headers();
  try {
    limitWrite(clientKeyFrom(list), readAuthSettings().token !== null);
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') return `${error.message} Your text is kept below.`;
    throw error;
  }
  return null;
}

'use server';

// Sign-in and sign-out: the admin token, checked in constant time, becomes an http-only, SameSite=Strict
// session cookie that expires (lib/api/session), never the token itself. Failed attempts count against
// the client's failed-authentication limit, which is checked before the token is.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { constantTimeEqual, readAuthSettings, SESSION_COOKIE } from '@/lib/api/auth';
import { clientKeyFrom } from '@/lib/api/client-key';
import { isAppError } from '@/lib/errors';
import { assertMayTryToken, countAuthFailure } from '@/lib/api/rate-limit';
import { issueSession } from '@/lib/api/session';
import { safeNextPath } from './next-path';

/**
 * Secure when the page was served over https: the browser's Origin says which scheme it used (a form
 * post always carries it), as does a trusted proxy's X-Forwarded-Proto.
 */
function servedOverHttps(list: Headers): boolean {
  if (list.get('origin')?.toLowerCase().startsWith('https:')) return true;
  return list.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

export async function signIn(formData: FormData): Promise<void> {
  const next = safeNextPath(formData.get('next'));
  const settings = readAuthSettings();
  if (!settings.token) redirect(next);
  const list = await headers();
  const client = clientKeyFrom(list);
  try {
    assertMayTryToken(client);
  } catch (error) {
    if (isAppError(error) && error.code === 'RATE_LIMITED') redirect(`/sign-in?error=rate&next=${encodeURIComponent(next)}`);
    throw error;
  }
  const given = String(formData.get('token') ?? '');
  if (!given || !constantTimeEqual(given, settings.token)) {
    countAuthFailure(client);
    redirect(`/sign-in?error=token&next=${encodeURIComponent(next)}`);
  }
  const session = issueSession(settings.token);
  (await cookies()).set(SESSION_COOKIE, session.value, { httpOnly: true, sameSite: 'strict', secure: servedOverHttps(list), path: '/', maxAge: session.maxAge });
  redirect(next);
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/sign-in?signedOut=1');
}

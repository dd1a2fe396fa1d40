'use server';

// Sign-in and sign-out: the admin token, checked in constant time, becomes an http-only, SameSite=Strict
// cookie holding a value derived from the token (lib/api/auth sessionValue), never the token itself.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { constantTimeEqual, readAuthSettings, SESSION_COOKIE, sessionValue } from '@/lib/api/auth';
import { isAppError } from '@/lib/errors';
import { writeLimiter } from '@/lib/api/rate-limit';
import { safeNextPath } from './next-path';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

async function clientKey(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1) ?? 'local';
}

export async function signIn(formData: FormData): Promise<void> {
  const next = safeNextPath(formData.get('next'));
  const settings = readAuthSettings();
  if (!settings.token) redirect(next);
  try {
    writeLimiter().take(`sign-in:${await clientKey()}`); // guessing the token is a write like any other
  } catch (error) {
    if (isAppError(error)) redirect(`/sign-in?error=rate&next=${encodeURIComponent(next)}`);
    throw error;
  }
  const given = String(formData.get('token') ?? '');
  if (!given || !constantTimeEqual(given, settings.token)) redirect(`/sign-in?error=token&next=${encodeURIComponent(next)}`);
  const secure = (await headers()).get('x-forwarded-proto') === 'https';
  (await cookies()).set(SESSION_COOKIE, sessionValue(settings.token), { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: THIRTY_DAYS });
  redirect(next);
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
  redirect('/sign-in?signedOut=1');
}

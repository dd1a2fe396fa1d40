// The sign-in page: shown when PARALLAX_ADMIN_TOKEN locks writes (or, with PARALLAX_PRIVATE=1, reads).
import type { Metadata } from 'next';
import { hasServerAccess } from '@/lib/api/server-access';
import { readAuthSettings } from '@/lib/api/auth';
import { signIn, signOut } from './actions';
import { safeNextPath } from './next-path';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const MESSAGES: Record<string, string> = {
  token: 'That token is not right. Check it and try again.',
  rate: 'Too many attempts. Wait a minute and try again.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const error = typeof params.error === 'string' ? MESSAGES[params.error] : undefined;
  const locked = readAuthSettings().token !== null;
  const signedIn = locked && (await hasServerAccess('write'));
  return (
    <div className="page narrow">
      <h1>Sign in</h1>
      {!locked && <p className="lede">This Parallax is open: there is nothing to sign in to.</p>}
      {signedIn && (
        <form action={signOut}>
          <p className="lede">You are signed in.</p>
          <button type="submit" className="button secondary">Sign out</button>
        </form>
      )}
      {locked && !signedIn && (
        <form action={signIn} className="sign-in">
          <p className="lede">Creating and deleting comparisons here needs the admin token set by whoever runs this server.</p>
          {params.signedOut === '1' && <p role="status">You are signed out.</p>}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <input type="hidden" name="next" value={next} />
          <div className="field">
            <label htmlFor="token">Admin token</label>
            <input id="token" name="token" type="password" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button">Sign in</button>
          </div>
        </form>
      )}
    </div>
  );
}

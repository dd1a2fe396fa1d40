// The page proxy: security headers and CSP on every page; the sign-in gate when reading is private.
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
import { SESSION_COOKIE } from '@/lib/api/auth';
import { issueSession } from '@/lib/api/session';

const sessionValue = (token: string) => issueSession(token).value;

afterEach(() => {
  delete process.env.PARALLAX_ADMIN_TOKEN;
  delete process.env.PARALLAX_PRIVATE;
});

describe('proxy', () => {
  test('sets the CSP and security headers on pages', async () => {
    const response = (await proxy(new NextRequest('http://localhost/comparisons/x')));
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'"])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*(\*|https?:|data:)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('scripts need a fresh per-request nonce; no inline script is allowed', async () => {
    const first = (await proxy(new NextRequest('http://localhost/'))).headers.get('content-security-policy') ?? '';
    const second = (await proxy(new NextRequest('http://localhost/'))).headers.get('content-security-policy') ?? '';
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(first).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(first).not.toBe(second);
  });

  test('with PARALLAX_PRIVATE=1 and a token, pages redirect to /sign-in unless the cookie is valid', async () => {
    process.env.PARALLAX_ADMIN_TOKEN = 'secret token';
    process.env.PARALLAX_PRIVATE = '1';
    const redirected = (await proxy(new NextRequest('http://localhost/comparisons/x?blind=1')));
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get('location')).toBe('http://localhost/sign-in?next=%2Fcomparisons%2Fx%3Fblind%3D1');
    expect((await proxy(new NextRequest('http://localhost/sign-in'))).status).toBe(200);
    const signedIn = new NextRequest('http://localhost/comparisons/x', { headers: { cookie: `${SESSION_COOKIE}=${sessionValue('secret token')}` } });
    expect((await proxy(signedIn)).status).toBe(200);
  });

  test('without PARALLAX_PRIVATE reading stays open even with a token', async () => {
    process.env.PARALLAX_ADMIN_TOKEN = 'secret token';
    expect((await proxy(new NextRequest('http://localhost/'))).status).toBe(200);
  });
});

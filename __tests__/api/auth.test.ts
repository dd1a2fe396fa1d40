// PARALLAX_ADMIN_TOKEN and PARALLAX_PRIVATE over HTTP: bearer header, sign-in cookie, open reads.
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { SESSION_COOKIE, constantTimeEqual } from '@/lib/api/auth';
import { issueSession, verifySession } from '@/lib/api/session';

const sessionValue = (token: string) => issueSession(token).value;
import { useRouteServer } from './route-server';

useTempDatabase();

const TOKEN = 'correct horse battery staple';
const server = useRouteServer();
afterEach(() => {
  delete process.env.PARALLAX_ADMIN_TOKEN;
  delete process.env.PARALLAX_PRIVATE;
});

const create = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ articles: [{ text: 'Talks resumed in Oman on Friday.' }] }),
  });

describe('admin token', () => {
  test('without PARALLAX_ADMIN_TOKEN a local install is open', async () => {
    expect((await create()).status).toBe(201);
  });

  test('with it, creating and deleting need the bearer token; reading stays open', async () => {
    process.env.PARALLAX_ADMIN_TOKEN = TOKEN;
    const refused = await create();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="parallax"');
    expect(await refused.json()).toMatchObject({ code: 'UNAUTHORIZED', detail: expect.stringContaining('Authorization: Bearer') });
    expect((await create({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await create({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    const created = await create({ authorization: `Bearer ${TOKEN}` });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect((await fetch(`${server.url}/api/comparisons/${id}`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/comparisons/${id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(`${server.url}/api/comparisons/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(204);
  });

  test('PARALLAX_PRIVATE=1 closes reading too', async () => {
    process.env.PARALLAX_ADMIN_TOKEN = TOKEN;
    process.env.PARALLAX_PRIVATE = '1';
    expect((await fetch(`${server.url}/api/comparisons`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/comparisons`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/openapi.json`)).status).toBe(200);
  });

  test('the sign-in cookie works for same-origin writes, not cross-site ones', async () => {
    process.env.PARALLAX_ADMIN_TOKEN = TOKEN;
    const cookie = `${SESSION_COOKIE}=${sessionValue(TOKEN)}`;
    const host = new URL(server.url).host;
    expect((await create({ cookie, origin: `http://${host}` })).status).toBe(201);
    expect((await create({ cookie, origin: 'https://evil.example' })).status).toBe(403);
    expect((await create({ cookie: `${SESSION_COOKIE}=${sessionValue('another token')}` })).status).toBe(401);
  });

  test('the cookie holds a signed session, never the token, and expires', () => {
    const now = Date.UTC(2026, 0, 1);
    const session = issueSession(TOKEN, now, 12);
    expect(session.value).not.toContain(TOKEN);
    expect(session.value).toMatch(/^v2\.\d+\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(session.maxAge).toBe(12 * 3600);
    expect(verifySession(session.value, TOKEN, now + 1000, 12)).toBe(true);
    expect(verifySession(session.value, TOKEN, now + 12 * 3600 * 1000, 12)).toBe(false); // expired
    expect(verifySession(session.value, 'another token', now + 1000, 12)).toBe(false);
    expect(verifySession(session.value, TOKEN, now + 1000, 1)).toBe(false); // longer than sessions now last
    const [version, issued, , signature] = session.value.split('.');
    expect(verifySession(`${version}.${issued}.${Number(issued) + 365 * 86400}.${signature}`, TOKEN, now + 1000, 24 * 365)).toBe(false); // extended by hand
    expect(issueSession(TOKEN, now + 1000, 12).value).not.toBe(session.value);
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});

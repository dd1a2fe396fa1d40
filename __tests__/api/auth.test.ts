// PARALLAX_ADMIN_TOKEN and PARALLAX_PRIVATE over HTTP: bearer header, sign-in cookie, open reads.
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { SESSION_COOKIE, constantTimeEqual, sessionValue } from '@/lib/api/auth';
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

  test('the cookie holds a value derived from the token, never the token', () => {
    expect(sessionValue(TOKEN)).not.toContain(TOKEN);
    expect(sessionValue(TOKEN)).toBe(sessionValue(TOKEN));
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});

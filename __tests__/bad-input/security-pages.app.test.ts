// Attacks from the security review (issue 17) on the production app (`next start` on the .next build,
// run with the browser tests: `npx next build && npx jest -c jest.browser.config.js`), private mode
// off and on: the prefetch bypass, pages without the CSP, rate limits across Next's bundles and keyed on
// the socket, the sign-in form's failed-attempt limit, session cookies, and pages that used to 500.
import Database from 'better-sqlite3';
import { request, postJson, type Reply } from '@/__tests__/helpers/http-client';
import { startApp, type AppServer } from '@/__tests__/browser/server';
import { SESSION_COOKIE } from '@/lib/api/auth';
import { AUTH_FAILURES_PER_MINUTE } from '@/lib/api/rate-limit';
import { issueSession } from '@/lib/api/session';

jest.setTimeout(180_000);

const TOKEN = 'review token 7d1f';
const BEARER = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = { outlet: 'Wire', text: 'Talks resumed in Oman on Friday, officials said.' };
const signedIn = () => ({ cookie: `${SESSION_COOKIE}=${issueSession(TOKEN).value}` });

const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden inputs of the page's first form that posts to a server action (what a browser without JS sends). */
function hiddenFields(html: string): Array<[string, string]> {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('<main')))?.[1] ?? '';
  return [...form.matchAll(/<input([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => /type="hidden"/.test(attrs))
    .map((attrs) => [decodeEntities(/name="([^"]*)"/.exec(attrs)?.[1] ?? ''), decodeEntities(/value="([^"]*)"/.exec(attrs)?.[1] ?? '')] as [string, string])
    .filter(([name]) => name !== '');
}

/** Submits a page's form as a browser without JavaScript would (multipart, with the action's hidden fields). */
async function submitForm(app: AppServer, page: string, fields: Record<string, string>, options: { from?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const html = (await request(`${app.url}${page}`, { headers: options.headers, from: options.from })).text;
  const form = new FormData();
  for (const [name, value] of hiddenFields(html)) if (!(name in fields)) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return request(`${app.url}${page}`, {
    method: 'POST',
    headers: { 'content-type': encoded.headers.get('content-type') ?? '', ...options.headers },
    body,
    from: options.from,
  });
}

const signInWith = (app: AppServer, token: string, from: string, headers: Record<string, string> = {}) =>
  submitForm(app, '/sign-in?next=%2F', { token, next: '/' }, { from, headers });

function seededComparison(app: AppServer): { id: string; title: string; count: () => number } {
  const db = new Database(app.databaseFile, { readonly: true });
  try {
    const row = db.prepare('SELECT id, title FROM "Comparison" ORDER BY "createdAt" LIMIT 1').get() as { id: string; title: string };
    return {
      ...row,
      count: () => {
        const reader = new Database(app.databaseFile, { readonly: true });
        try {
          return (reader.prepare('SELECT COUNT(*) AS n FROM "Comparison"').get() as { n: number }).n;
        } finally {
          reader.close();
        }
      },
    };
  } finally {
    db.close();
  }
}

const PREFETCH_HEADERS: Array<Record<string, string>> = [
  {},
  { purpose: 'prefetch' },
  { 'next-router-prefetch': '1' },
  { rsc: '1' },
  { rsc: '1', 'next-router-prefetch': '1', 'next-router-state-tree': '%5B%22%22%5D' },
  { 'sec-purpose': 'prefetch' },
];

describe.each([
  ['private mode off', false],
  ['private mode on', true],
] as const)('%s', (_label, privateMode) => {
  let app: AppServer;
  let seeded: ReturnType<typeof seededComparison>;
  beforeAll(async () => {
    app = await startApp({ PARALLAX_ADMIN_TOKEN: TOKEN, PARALLAX_WRITE_RATE: '3', ...(privateMode ? { PARALLAX_PRIVATE: '1' } : {}) });
    seeded = seededComparison(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('no header gets past the gate; every answer carries the CSP and security headers', async () => {
    const paths = ['/', `/comparisons/${seeded.id}`, `/comparisons/${seeded.id}/export?format=json`, '/comparisons/new', '/?page=1', '/check', `/check?from=${seeded.id}`, `/comparisons/${seeded.id}/check`];
    for (const path of paths)
      for (const headers of PREFETCH_HEADERS) {
        const reply = await request(`${app.url}${path}`, { headers });
        const seen = { path, headers, status: reply.status };
        if (privateMode) {
          expect(seen).toEqual({ ...seen, status: 307 });
          expect(reply.headers.location).toMatch(/^\/sign-in\?next=/);
        } else if (reply.status === 307) {
          // Next sends a bare RSC request to the same address with its cache-busting `_rsc` parameter.
          expect({ ...seen, location: reply.headers.location }).toEqual({ ...seen, location: expect.stringMatching(/[?&]_rsc(=|&|$)/) });
        } else expect(seen).toEqual({ ...seen, status: 200 });
        if (privateMode) expect(reply.text).not.toContain(seeded.title);
        expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
        expect(reply.headers['x-content-type-options']).toBe('nosniff');
        expect(reply.headers['x-frame-options']).toBe('DENY');
      }
    // Signed in, the same requests are served.
    for (const path of paths) expect({ path, status: (await request(`${app.url}${path}`, { headers: { ...signedIn(), purpose: 'prefetch' } })).status }).toEqual({ path, status: 200 });
  });

  test('a malformed, expired or forged session cookie is no session, never a 500', async () => {
    const expired = issueSession(TOKEN, Date.now() - 13 * 3600 * 1000).value;
    for (const value of ['%E0%A4%A', '%', expired, issueSession('guess').value]) {
      const reply = await request(`${app.url}/`, { headers: { cookie: `${SESSION_COOKIE}=${value}` } });
      expect({ value, status: reply.status }).toEqual({ value, status: privateMode ? 307 : 200 });
    }
  });

  test.each(['1e308', '9007199254740993', 'abc', '0', '-1', '1.5'])('/?page=%s is 404, not 500', async (page) => {
    const reply = await request(`${app.url}/?page=${page}`, { headers: signedIn() });
    expect(reply.status).toBe(404);
  });

  test.each(['/comparisons/%E0%A4%A', '/comparisons/%E0%A4%A/export?format=csv', '/api/comparisons/%E0%A4%A', '/api/comparisons/%ff/export'])(
    'a path that is not UTF-8 once decoded (%s) is a 400, not 500',
    async (path) => {
      for (const headers of [{}, signedIn()]) {
        const reply = await request(`${app.url}${path}`, { headers });
        expect(reply.status).toBe(400);
        expect(reply.headers['content-type']).toBe('application/problem+json');
      }
    },
  );

  test('rate limits answer 429 (not 500) across bundles, keyed on the socket: forged headers do not help', async () => {
    const headers = (i: number) => ({ ...(privateMode ? BEARER : {}), 'x-forwarded-for': `203.0.113.${i}`, 'x-parallax-peer': `198.51.100.${i}`, 'x-real-ip': `192.0.2.${i}` });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await postJson(`${app.url}/api/analyze`, { articles: [ARTICLE] }, { headers: headers(i), from: '127.0.2.1' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await postJson(`${app.url}/api/analyze`, { articles: [ARTICLE] }, { headers: headers(7), from: '127.0.2.1' });
    expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await postJson(`${app.url}/api/analyze`, { articles: [ARTICLE] }, { headers: privateMode ? BEARER : {}, from: '127.0.2.2' })).status).toBe(200);
  });

  test('the sign-in form counts failures: past the limit even the right token is refused; other clients are not', async () => {
    const from = '127.0.3.1';
    for (let i = 0; i < AUTH_FAILURES_PER_MINUTE; i++) {
      const wrong = await signInWith(app, `guess ${i}`, from);
      expect(wrong.status).toBe(303);
      expect(wrong.headers.location).toMatch(/error=token/);
    }
    const right = await signInWith(app, TOKEN, from);
    expect(right.headers.location).toMatch(/error=rate/);
    expect(right.headers['set-cookie']).toBeUndefined();
    // Wrong Bearer tokens from the same client share that count.
    expect((await postJson(`${app.url}/api/comparisons`, { articles: [ARTICLE] }, { headers: BEARER, from })).status).toBe(429);
    const other = await signInWith(app, TOKEN, '127.0.3.2');
    expect(other.status).toBe(303);
    expect(other.headers['set-cookie']?.join('\n')).toMatch(new RegExp(`${SESSION_COOKIE}=v2\\.\\d+\\.\\d+\\.[A-Za-z0-9_-]{43};`));
  });

  test('anonymous writers using up the shared bucket do not lock the admin out of signing in or writing', async () => {
    if (!privateMode) for (let i = 1; i <= 40; i++) await postJson(`${app.url}/api/analyze`, { articles: [ARTICLE] }, { from: `127.0.4.${i}` });
    if (!privateMode) expect((await postJson(`${app.url}/api/analyze`, { articles: [ARTICLE] }, { from: '127.0.4.41' })).status).toBe(429);
    const signIn = await signInWith(app, TOKEN, '127.0.4.42');
    expect(signIn.headers['set-cookie']?.join('\n')).toContain(`${SESSION_COOKIE}=v2.`);
    expect((await postJson(`${app.url}/api/comparisons`, { articles: [ARTICLE] }, { headers: BEARER, from: '127.0.4.43' })).status).toBe(201);
  });

  test('the session cookie: HttpOnly, SameSite=Strict, 12 hours; Secure when the page was served over https', async () => {
    const plain = (await signInWith(app, TOKEN, '127.0.5.1')).headers['set-cookie']?.join('\n') ?? '';
    expect(plain).toMatch(/HttpOnly/i);
    expect(plain).toMatch(/SameSite=strict/i);
    expect(plain).toMatch(/Max-Age=43200/);
    expect(plain).not.toMatch(/Secure/i);
    const host = new URL(app.url).host;
    const https = (await signInWith(app, TOKEN, '127.0.5.2', { origin: `https://${host}` })).headers['set-cookie']?.join('\n') ?? '';
    expect(https).toMatch(/Secure/i);
  });

  test('the form refuses a javascript: address as the API does, and stores nothing', async () => {
    const before = seeded.count();
    const fields = {
      title: 'Script test',
      'articles.0.outlet': 'One',
      'articles.0.text': 'Talks resumed in Oman on Friday, officials said.',
      'articles.0.url': 'javascript:alert(document.cookie)',
      'articles.1.outlet': 'Two',
      'articles.1.text': 'Negotiators met in Oman on Friday.',
    };
    const reply = await submitForm(app, '/comparisons/new', fields, { headers: signedIn(), from: '127.0.6.1' });
    expect(reply.status).toBe(200);
    expect(reply.text).toMatch(/url must be an http or https address/);
    expect(seeded.count()).toBe(before);
  });

  test('a form post from another origin, Origin: null included, is a 403 (not 500) and stores nothing', async () => {
    const before = seeded.count();
    const fields = { 'articles.0.text': 'Talks resumed in Oman on Friday.', 'articles.1.text': 'Negotiators met in Oman on Friday.' };
    for (const origin of ['null', 'http://evil.example', 'not a url']) {
      const reply = await submitForm(app, '/comparisons/new', fields, { headers: { ...signedIn(), origin }, from: '127.0.6.2' });
      expect({ origin, status: reply.status }).toEqual({ origin, status: 403 });
      expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
    expect(seeded.count()).toBe(before);
  });
});

describe('session expiry', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startApp({ PARALLAX_ADMIN_TOKEN: TOKEN, PARALLAX_PRIVATE: '1', PARALLAX_SESSION_HOURS: String(2 / 3600) });
  });
  afterAll(async () => {
    await app?.stop();
  });

  test('a session ends after PARALLAX_SESSION_HOURS, checked on every request', async () => {
    const signIn = await signInWith(app, TOKEN, '127.0.7.1');
    const cookie = /parallax_session=[^;]+/.exec(signIn.headers['set-cookie']?.join('\n') ?? '')?.[0] ?? '';
    expect(cookie).toMatch(/^parallax_session=v2\./);
    expect((await request(`${app.url}/`, { headers: { cookie } })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await request(`${app.url}/`, { headers: { cookie } })).status).toBe(307);
    expect((await request(`${app.url}/api/comparisons`, { headers: { cookie } })).status).toBe(401);
  });
});

// Cached comparison pages (lib/api/page-cache) against the production build: each answer has its own
// nonce, in the markup and in the CSP alike; a delete is seen at once; private mode renders per request.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startApp, type AppServer } from './server';

const ROOT = path.resolve(__dirname, '../..');
const seedMeta = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'comparison.json'), 'utf8')) as { articles: Array<{ file: string; outlet: string }> };
const articles = seedMeta.articles.map((a) => ({ outlet: a.outlet, text: readFileSync(path.join(ROOT, 'seeds', a.file), 'utf8') }));

let app: AppServer;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test('two answers for the same page carry different nonces, each the one its CSP names', async () => {
  const answers = [];
  for (let i = 0; i < 3; i++) {
    const response = await fetch(`${app.url}/comparisons/demo-iran-us-talks`);
    expect(response.status).toBe(200);
    answers.push({ csp: response.headers.get('content-security-policy') ?? '', html: await response.text() });
  }
  const nonces = answers.map((a) => nonceOf(a.csp));
  expect(new Set(nonces).size).toBe(3);
  answers.forEach((answer, i) => {
    const inHtml = new Set([...answer.html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
    expect([...inHtml]).toEqual([nonces[i]]);
    expect(answer.csp).not.toMatch(/unsafe-inline[^;]*;.*script-src|script-src[^;]*unsafe-inline/);
  });
  // The same markup apart from the nonce: rendered once.
  expect(answers[1].html.replaceAll(nonces[1]!, 'N')).toBe(answers[2].html.replaceAll(nonces[2]!, 'N'));
});

test('a deleted comparison is gone from its cached page at once', async () => {
  const created = await fetch(`${app.url}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Cache check', articles }) });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (let i = 0; i < 2; i++) expect((await fetch(`${app.url}/comparisons/${id}`)).status).toBe(200);
  expect((await fetch(`${app.url}/api/comparisons/${id}`, { method: 'DELETE' })).status).toBe(204);
  expect((await fetch(`${app.url}/comparisons/${id}`)).status).toBe(404);
});

test('private mode does not use the cache: a reader who has not signed in is sent to sign in', async () => {
  const privateApp = await startApp({ PARALLAX_PRIVATE: '1', PARALLAX_ADMIN_TOKEN: 'a-long-enough-admin-token-for-tests-0123456789' });
  try {
    const response = await fetch(`${privateApp.url}/comparisons/demo-iran-us-talks`, { redirect: 'manual' });
    expect([302, 303, 307, 308]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/sign-in/);
  } finally {
    await privateApp.stop();
  }
});

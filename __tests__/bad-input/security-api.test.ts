// Attacks from the security review (issue 17) through the API on a real HTTP server, with private mode
// off (an admin token locks writes) and on (PARALLAX_PRIVATE=1 locks reads too). Each is refused with a
// 4xx, never a 500. The page-side cases (proxy, pages, sign-in form) are in security-app.app.test.ts.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { useRouteServer } from '@/__tests__/api/route-server';
import { postJson, request } from '@/__tests__/helpers/http-client';
import { SESSION_COOKIE } from '@/lib/api/auth';
import { AUTH_FAILURES_PER_MINUTE, limiterSizes, resetRateLimits } from '@/lib/api/rate-limit';
import { issueSession } from '@/lib/api/session';
import { createHmac } from 'node:crypto';

jest.setTimeout(120_000);

useTempDatabase();
const server = useRouteServer();

const TOKEN = 'review token 7d1f';
const BEARER = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = { outlet: 'Wire', text: 'Talks resumed in Oman on Friday, officials said.' };

const MODES = [
  ['private mode off', false],
  ['private mode on', true],
] as const;

afterEach(() => {
  for (const name of ['PARALLAX_ADMIN_TOKEN', 'PARALLAX_PRIVATE', 'PARALLAX_TRUST_PROXY', 'PARALLAX_SESSION_HOURS']) delete process.env[name];
  process.env.PARALLAX_WRITE_RATE = '0';
  resetRateLimits();
});

function setMode(privateMode: boolean, writeRate = 0) {
  process.env.PARALLAX_ADMIN_TOKEN = TOKEN;
  if (privateMode) process.env.PARALLAX_PRIVATE = '1';
  process.env.PARALLAX_WRITE_RATE = String(writeRate);
  resetRateLimits();
}

const url = (path: string) => `${server.url}${path}`;
/** Headers a reader needs in this mode (the token when reading is private). */
const readHeaders = (privateMode: boolean): Record<string, string> => (privateMode ? BEARER : {});

describe.each(MODES)('%s', (_label, privateMode) => {
  describe('rate limits', () => {
    test('over the limit is 429 RATE_LIMITED, keyed on the socket address: forged X-Forwarded-For does not help', async () => {
      setMode(privateMode, 2);
      // Private: only the admin can analyse, in its own bucket; otherwise an anonymous client.
      const headers = (i: number) => ({ ...readHeaders(privateMode), 'x-forwarded-for': `203.0.113.${i}`, 'x-parallax-peer': `198.51.100.${i}`, 'x-real-ip': `192.0.2.${i}` });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { headers: headers(i), from: '127.0.0.11' })).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
      const limited = await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { headers: headers(9), from: '127.0.0.11' });
      expect(limited.headers['content-type']).toBe('application/problem+json');
      expect(limited.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Another address is another client.
      expect((await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { headers: readHeaders(privateMode), from: '127.0.0.12' })).status).toBe(200);
    });

    test('with PARALLAX_TRUST_PROXY=1 the last X-Forwarded-For entry is the client', async () => {
      setMode(privateMode, 1);
      process.env.PARALLAX_TRUST_PROXY = '1';
      const send = (forwardedFor: string) => postJson(url('/api/analyze'), { articles: [ARTICLE] }, { headers: { ...readHeaders(privateMode), 'x-forwarded-for': forwardedFor }, from: '127.0.0.13' });
      expect((await send('203.0.113.1')).status).toBe(200);
      expect((await send('203.0.113.1')).status).toBe(429);
      expect((await send('198.51.100.7, 203.0.113.2')).status).toBe(200); // the proxy saw 203.0.113.2
      expect((await send('203.0.113.2, 203.0.113.1')).status).toBe(429);
    });

    test('wrong Bearer tokens are counted: past the limit even the right token gets 429 (no oracle)', async () => {
      setMode(privateMode, 30);
      const from = '127.0.0.14';
      const wrong = () => postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: { authorization: 'Bearer guess' }, from });
      for (let i = 0; i < AUTH_FAILURES_PER_MINUTE; i++) expect((await wrong()).status).toBe(401);
      const refused = await wrong();
      expect(refused.status).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', detail: expect.stringMatching(/failed sign-ins/) });
      expect((await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: BEARER, from })).status).toBe(429);
      // A private read checks the token, so it is refused too; an open read never looks at it.
      expect((await request(url('/api/comparisons'), { headers: BEARER, from })).status).toBe(privateMode ? 429 : 200);
      // Another client is not locked out by this one's guesses.
      expect((await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: BEARER, from: '127.0.0.15' })).status).toBe(201);
    });

    test('anonymous clients filling the shared bucket lock nobody signed in out; a refused request stores nothing', async () => {
      setMode(privateMode, 1);
      if (privateMode) {
        // Reading is private: anonymous clients cannot analyse at all, so they cannot use up any bucket.
        expect((await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { from: '127.0.1.1' })).status).toBe(401);
      } else {
        for (let i = 1; i <= 10; i++) expect((await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { from: `127.0.1.${i}` })).status).toBe(200);
        const stored = limiterSizes().anonymous;
        expect((await postJson(url('/api/analyze'), { articles: [ARTICLE] }, { from: '127.0.1.11' })).status).toBe(429);
        expect(limiterSizes().anonymous).toBe(stored);
      }
      expect(limiterSizes().anonymous).toBeLessThanOrEqual(10);
      const admin = await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: BEARER, from: '127.0.1.12' });
      expect(admin.status).toBe(201);
    });
  });

  describe('sessions', () => {
    const cookie = (value: string) => ({ cookie: `${SESSION_COOKIE}=${value}` });
    const sameOrigin = () => ({ origin: server.url });
    const write = (headers: Record<string, string>, from = '127.0.0.21') => postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers, from });

    test('a fresh session works; an expired, extended, foreign or old-style cookie does not', async () => {
      setMode(privateMode);
      const fresh = issueSession(TOKEN).value;
      expect((await write({ ...cookie(fresh), ...sameOrigin() })).status).toBe(201);
      if (privateMode) expect((await request(url('/api/comparisons'), { headers: cookie(fresh) })).status).toBe(200);
      const expired = issueSession(TOKEN, Date.now() - 13 * 3600 * 1000).value;
      const [version, issued, , signature] = fresh.split('.');
      const extended = `${version}.${issued}.${Number(issued) + 400 * 86400}.${signature}`;
      const foreign = issueSession('another token').value;
      const oldStyle = createHmac('sha256', TOKEN).update('parallax-session-v1').digest('base64url');
      for (const value of [expired, extended, foreign, oldStyle]) {
        expect({ value, status: (await write({ ...cookie(value), ...sameOrigin() })).status }).toEqual({ value, status: 401 });
        if (privateMode) expect((await request(url('/api/comparisons'), { headers: cookie(value) })).status).toBe(401);
      }
    });

    test('PARALLAX_SESSION_HOURS bounds sessions, also those given before it was lowered', async () => {
      setMode(privateMode);
      const twoHoursOld = issueSession(TOKEN, Date.now() - 2 * 3600 * 1000, 12).value;
      expect((await write({ ...cookie(twoHoursOld), ...sameOrigin() })).status).toBe(201);
      process.env.PARALLAX_SESSION_HOURS = '1';
      expect((await write({ ...cookie(twoHoursOld), ...sameOrigin() })).status).toBe(401);
    });

    test('a malformed percent-encoded cookie is no cookie: 401 or an open read, never 500', async () => {
      setMode(privateMode);
      for (const value of ['%E0%A4%A', '%', '%zz', 'v2.%ff']) {
        expect((await write(cookie(value))).status).toBe(401);
        expect((await request(url('/api/comparisons'), { headers: cookie(value) })).status).toBe(privateMode ? 401 : 200);
      }
    });

    test('Origin: null (or junk) with a valid cookie is a cross-site write: 403', async () => {
      setMode(privateMode);
      const session = issueSession(TOKEN).value;
      for (const origin of ['null', 'not a url', 'http://evil.example'])
        expect({ origin, status: (await write({ ...cookie(session), origin })).status }).toEqual({ origin, status: 403 });
    });
  });

  describe('input that used to be a 500', () => {
    test.each([
      ['text', { articles: [{ outlet: 'A', text: 'Talks resumed \ud83d in Oman.' }] }, /article 1 text: .*lone UTF-16 surrogate/],
      ['title', { articles: [{ outlet: 'A', title: 'Talks \udc00', text: 'Talks resumed in Oman.' }] }, /article 1 title: title contains a lone UTF-16 surrogate/],
      ['outlet', { articles: [{ outlet: 'Wire \ud800', text: 'Talks resumed in Oman.' }] }, /article 1 outlet: outlet contains a lone UTF-16 surrogate/],
    ])('a lone surrogate in the %s is a 400', async (_field, body, message) => {
      setMode(privateMode);
      // JSON.stringify writes lone surrogates as \u escapes, as an attacker's client would.
      for (const path of ['/api/analyze', '/api/comparisons']) {
        const reply = await postJson(url(path), body, { headers: BEARER });
        expect({ path, status: reply.status }).toEqual({ path, status: 400 });
        expect(reply.json().detail).toMatch(message);
      }
      const comparisonTitle = await postJson(url('/api/comparisons'), { title: 'Half \ud83d', articles: [ARTICLE] }, { headers: BEARER });
      expect(comparisonTitle.status).toBe(400);
      expect(comparisonTitle.json().detail).toMatch(/title contains a lone UTF-16 surrogate/);
    });

    test.each(['1e308', '9007199254740993', '1e6', '-1', 'Infinity', '1.5'])('/api/comparisons?page=%s: 400 unless a whole number up to 1e6', async (page) => {
      setMode(privateMode);
      const reply = await request(url(`/api/comparisons?page=${page}`), { headers: BEARER });
      expect(reply.status).toBe(page === '1e6' ? 200 : 400);
    });
  });

  describe('exports', () => {
    let id = '';
    beforeAll(async () => {
      setMode(privateMode);
      const reply = await postJson(
        url('/api/comparisons'),
        {
          title: 'Daily Example\rsays # talks; =cmd()',
          articles: [
            { outlet: 'Daily Example', title: 'Talks\r# resume', text: 'Talks resumed in Oman on Friday, officials said. The talks were constructive.' },
            { outlet: 'Example Times', title: 'Oman talks', text: 'Negotiators met in Oman on Friday. A second round is planned.' },
          ],
        },
        { headers: BEARER },
      );
      expect(reply.status).toBe(201);
      id = reply.json().id;
    });

    const download = (query: string) => request(url(`/api/comparisons/${id}/export?${query}`), { headers: readHeaders(privateMode) });

    test('a lone CR in a title or outlet cannot break the Markdown handout', async () => {
      setMode(privateMode);
      const md = await download('format=md');
      expect(md.status).toBe(200);
      expect(md.text).not.toMatch(/\r/);
      const lines = md.text.split('\n');
      expect(lines[0]).toBe('# Daily Example says \\# talks; =cmd\\(\\)');
      expect(lines.filter((line) => /^# /.test(line))).toHaveLength(1);
    });

    test('the blind export names no outlet, in its title or its filename', async () => {
      setMode(privateMode);
      for (const format of ['md', 'csv', 'json']) {
        const blind = await download(`format=${format}&blind=1`);
        expect(blind.status).toBe(200);
        expect(blind.text).not.toMatch(/Daily Example|Example Times/);
        expect(blind.headers['content-disposition']).not.toMatch(/daily|example/i);
        expect(blind.headers['content-disposition']).toMatch(new RegExp(`-blind\\.${format}"$`));
      }
      expect((await download('format=md&blind=1')).text.split('\n')[0]).toBe('# Source A says \\# talks; =cmd\\(\\)');
    });

    test('CSV quotes every string field, so ";"-splitting spreadsheets see no formula', async () => {
      setMode(privateMode);
      const csv = await download('format=csv');
      const rows = csv.text.trimEnd().split('\r\n').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // Every field is a quoted string, a bare number or empty: nothing bare can start a formula.
        const fields = row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ''));
        for (const field of fields) expect(field).toMatch(/^("(?:[^"]|"")*"|-?\d+(\.\d+)?|true|false|)$/);
      }
      expect(csv.text).toContain('"Daily Example"');
    });
  });

  describe('validation gaps', () => {
    test('an Idempotency-Key replay must carry the same body (422 otherwise); keys are per client', async () => {
      setMode(privateMode);
      const key = { ...BEARER, 'idempotency-key': `k-${privateMode}` };
      const first = await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: key });
      expect(first.status).toBe(201);
      const replay = await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: key });
      expect(replay.status).toBe(200);
      expect(replay.json().id).toBe(first.json().id);
      const changed = await postJson(url('/api/comparisons'), { articles: [{ ...ARTICLE, text: 'Talks collapsed in Oman.' }] }, { headers: key });
      expect(changed.status).toBe(422);
      expect(changed.json().detail).toMatch(/Idempotency-Key was already used with a different request/);
    });

    test('a JSON upload to /api/ingest may hold at most 12 articles, refused before any is read', async () => {
      setMode(privateMode);
      const articles = Array.from({ length: 60_000 }, (_, i) => ({ text: `a${i}` }));
      const form = new FormData();
      form.append('file', new Blob([JSON.stringify({ articles })]), 'many.json');
      const started = Date.now();
      const reply = await fetch(url('/api/ingest'), { method: 'POST', headers: BEARER, body: form });
      expect(reply.status).toBe(400);
      expect((await reply.json()).detail).toMatch(/holds 60,000 articles; a comparison may have at most 12/);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    test.each(['::ffff:0:7f00:1', '::ffff:0:a00:1', '64:ff9b:1::7f00:1', '64:ff9b:1:ffff::a00:1'])('a URL at [%s] is refused', async (address) => {
      setMode(privateMode);
      // A listener on loopback that must never be reached (a translator could route these there).
      const target = http.createServer((_req, res) => res.end('<p>secret</p>'));
      let reached = false;
      target.on('request', () => (reached = true));
      await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
      try {
        const port = (target.address() as AddressInfo).port;
        const reply = await postJson(url('/api/ingest'), { url: `http://[${address}]:${port}/` }, { headers: BEARER });
        expect(reply.status).toBe(400);
        expect(reply.json()).toMatchObject({ code: 'FETCH_FAILED', detail: expect.stringMatching(/IPv4-translated|local-use NAT64/) });
        expect(reached).toBe(false);
      } finally {
        await new Promise((resolve) => target.close(resolve));
      }
    });
  });
});

describe('open install (no admin token)', () => {
  test('anonymous clients do not share idempotency keys', async () => {
    const key = { 'idempotency-key': 'shared-key' };
    const mine = await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: key, from: '127.0.0.31' });
    const theirs = await postJson(url('/api/comparisons'), { articles: [{ ...ARTICLE, text: 'Another article entirely, about rain.' }] }, { headers: key, from: '127.0.0.32' });
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.json().id).not.toBe(mine.json().id);
    const replay = await postJson(url('/api/comparisons'), { articles: [ARTICLE] }, { headers: key, from: '127.0.0.31' });
    expect([replay.status, replay.json().id]).toEqual([200, mine.json().id]);
  });
});

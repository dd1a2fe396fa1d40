import { createRateLimiter, limitWrite, limiterSizes } from '@/lib/api/rate-limit';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { startRouteServer } from './route-server';

useTempDatabase();

describe('write rate limit', () => {
  test('a token bucket per client: the burst passes, then 429 with the seconds to wait, refilled over time', () => {
    let now = 0;
    const limiter = createRateLimiter(6, { burst: 2, now: () => now }); // 6 per minute = one every 10 s
    limiter.take('a');
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow(expect.objectContaining({ status: 429, details: { retryAfter: 10 } }));
    limiter.take('b'); // another client has its own bucket
    now += 4_000;
    expect(() => limiter.take('a')).toThrow(expect.objectContaining({ details: { retryAfter: 6 } }));
    now += 6_000;
    expect(() => limiter.take('a')).not.toThrow();
  });

  test('0 turns it off', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 100; i++) limiter.take('a');
  });

  test('over HTTP: writes beyond the limit get 429 with Retry-After; reads are not limited', async () => {
    process.env.PARALLAX_WRITE_RATE = '2';
    const server = await startRouteServer();
    try {
      const analyze = () =>
        fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: 'Talks resumed.' }] }) });
      expect((await analyze()).status).toBe(200);
      expect((await analyze()).status).toBe(200);
      const limited = await analyze();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED', detail: expect.stringMatching(/wait \d+ s/) });
      for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/api/comparisons`)).status).toBe(200);
    } finally {
      await server.close();
      delete process.env.PARALLAX_WRITE_RATE;
    }
  });
});

describe('all-clients backstop', () => {
  test('clients that vary their address share one ceiling of ten times the per-client rate', async () => {
    process.env.PARALLAX_WRITE_RATE = '1';
    for (let i = 0; i < 10; i++) limitWrite(`client-${i}`, false);
    const stored = limiterSizes().anonymous;
    expect(() => limitWrite('client-10', false)).toThrow(expect.objectContaining({ status: 429, code: 'RATE_LIMITED' }));
    expect(limiterSizes().anonymous).toBe(stored); // a refused request stores nothing
    limitWrite('client-10', true); // signed-in writes have their own buckets
    delete process.env.PARALLAX_WRITE_RATE;
  });
});

describe('bounded tables', () => {
  test('the table is a capped LRU: the least recently seen client goes first', () => {
    let now = 0;
    const limiter = createRateLimiter(1, { burst: 1, now: () => now, maxClients: 3 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(() => limiter.take('a')).toThrow(expect.objectContaining({ status: 429 }));
    limiter.take('d'); // evicts "a", the least recently served (a refused request does not refresh it)
    expect(limiter.size).toBe(3);
    expect(() => limiter.take('c')).toThrow(expect.objectContaining({ status: 429 }));
    limiter.take('a'); // forgotten, so it starts over with a full bucket; "b" goes
    expect(limiter.size).toBe(3);
    limiter.take('b');
  });
});

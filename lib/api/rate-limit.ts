// Per-client limit on writes: a token bucket per client address, in memory (one server process).
// PARALLAX_WRITE_RATE = writes per minute (default 30; 0 turns the limit off, e.g. for load tests).
import { AppError } from '../errors';

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateLimiter {
  /** Takes one token for `client` or throws 429 with the seconds until the next one. */
  take(client: string): void;
}

export function createRateLimiter(perMinute: number, burst = perMinute, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(client) {
      if (perMinute <= 0) return;
      const time = now();
      const bucket = buckets.get(client) ?? { tokens: burst, updated: time };
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.updated) * refillPerMs);
      bucket.updated = time;
      if (bucket.tokens < 1) {
        buckets.set(client, bucket);
        const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
        throw new AppError('RATE_LIMITED', `Too many changes from this client: wait ${retryAfter} s and try again.`, 429, { retryAfter });
      }
      bucket.tokens -= 1;
      buckets.set(client, bucket);
      if (buckets.size > 10_000) for (const [key, b] of buckets) if (b.tokens >= burst) buckets.delete(key); // forget idle clients
    },
  };
}

/**
 * The client's address: the last X-Forwarded-For entry, i.e. what the nearest proxy saw. `next start`
 * fills the header with the socket address only when the request has none, so without a reverse
 * proxy that overwrites it a client can choose its own key; the all-clients backstop bounds that.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return last || request.headers.get('x-real-ip') || 'local';
}

const globalLimiter = globalThis as unknown as { parallaxWriteLimiter?: { perMinute: number; limiter: RateLimiter } };

/** All clients together may write ten times one client's rate: a backstop for clients that vary X-Forwarded-For. */
export const ALL_CLIENTS_FACTOR = 10;
const ALL_CLIENTS = '\u0000all';

export function writeLimiter(env: NodeJS.ProcessEnv = process.env): RateLimiter {
  const parsed = Number(env.PARALLAX_WRITE_RATE ?? 30);
  const perMinute = Number.isFinite(parsed) ? parsed : 30;
  if (globalLimiter.parallaxWriteLimiter?.perMinute !== perMinute) {
    const perClient = createRateLimiter(perMinute);
    const allClients = createRateLimiter(perMinute * ALL_CLIENTS_FACTOR);
    globalLimiter.parallaxWriteLimiter = {
      perMinute,
      limiter: {
        take(client) {
          perClient.take(client);
          allClients.take(ALL_CLIENTS);
        },
      },
    };
  }
  return globalLimiter.parallaxWriteLimiter.limiter;
}

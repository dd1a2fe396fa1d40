// Rate limits, in memory (one server process): token buckets per client address.
// - anonymous writes: PARALLAX_WRITE_RATE per minute per client (default 30; 0 turns the limits off,
//   e.g. for load tests), and all anonymous clients together ten times that;
// - signed-in writes (a valid token or session): the same rate per client, outside the shared bucket,
//   so anonymous traffic cannot lock the admin out;
// - failed sign-ins and wrong Bearer tokens: AUTH_FAILURES_PER_MINUTE per client; a client past it
//   gets 429 before its token is even checked, so guessing stops there.
// Tables are capped LRUs (MAX_CLIENTS entries); a refused request stores nothing.
import { AppError } from '../errors';
import { clientKeyFrom, type ClientKey } from './client-key';

export { clientKeyFrom, type ClientKey } from './client-key';

interface Bucket {
  tokens: number;
  updated: number;
}

export interface RateLimiter {
  /** Seconds `client` must wait before its next request may go ahead; 0 when it may now. Stores nothing. */
  wait(client: string): number;
  /** Takes one token for `client` (after `wait` said 0). */
  spend(client: string): void;
  /** `wait`, then `spend` or throw 429 with the seconds to wait. */
  take(client: string): void;
  readonly size: number;
}

export const MAX_CLIENTS = 10_000;

export interface RateLimiterOptions {
  burst?: number;
  now?: () => number;
  maxClients?: number;
  message?: (retryAfter: number) => string;
}

const writeMessage = (retryAfter: number) => `Too many changes from this client: wait ${retryAfter} s and try again.`;

export function rateLimitError(retryAfter: number, message: (retryAfter: number) => string = writeMessage): AppError {
  return new AppError('RATE_LIMITED', message(retryAfter), 429, { retryAfter });
}

export function createRateLimiter(perMinute: number, options: RateLimiterOptions = {}): RateLimiter {
  const { burst = perMinute, now = Date.now, maxClients = MAX_CLIENTS, message = writeMessage } = options;
  // A Map iterates in insertion order: re-inserting on every use keeps the least recently used first.
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;
  const tokensNow = (client: string, time: number) => {
    const bucket = buckets.get(client);
    return bucket ? Math.min(burst, bucket.tokens + (time - bucket.updated) * refillPerMs) : burst;
  };
  const limiter: RateLimiter = {
    wait(client) {
      if (perMinute <= 0) return 0;
      const tokens = tokensNow(client, now());
      return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000));
    },
    spend(client) {
      if (perMinute <= 0) return;
      const time = now();
      const tokens = tokensNow(client, time);
      buckets.delete(client);
      buckets.set(client, { tokens: tokens - 1, updated: time });
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    },
    take(client) {
      const retryAfter = limiter.wait(client);
      if (retryAfter > 0) throw rateLimitError(retryAfter, message);
      limiter.spend(client);
    },
    get size() {
      return buckets.size;
    },
  };
  return limiter;
}

/** Takes a token from every bucket, or from none (429) when any of them is empty. */
export function takeAll(steps: Array<[RateLimiter, string]>, message?: (retryAfter: number) => string): void {
  const retryAfter = Math.max(0, ...steps.map(([limiter, key]) => limiter.wait(key)));
  if (retryAfter > 0) throw rateLimitError(retryAfter, message);
  for (const [limiter, key] of steps) limiter.spend(key);
}

/** All anonymous clients together may write ten times one client's rate. */
export const ALL_CLIENTS_FACTOR = 10;
export const AUTH_FAILURES_PER_MINUTE = 10;
const ALL_ANONYMOUS = '\u0000all';

interface Limiters {
  perMinute: number;
  anonymous: RateLimiter;
  allAnonymous: RateLimiter;
  signedIn: RateLimiter;
  authFailures: RateLimiter;
}

const cache = globalThis as unknown as { parallaxRateLimiters?: Limiters };

function writeRate(env: NodeJS.ProcessEnv): number {
  const parsed = Number(env.PARALLAX_WRITE_RATE ?? 30);
  return Number.isFinite(parsed) ? parsed : 30;
}

/** Cached on globalThis: every route bundle must share one table. */
function limiters(env: NodeJS.ProcessEnv = process.env): Limiters {
  const perMinute = writeRate(env);
  if (cache.parallaxRateLimiters?.perMinute !== perMinute) {
    cache.parallaxRateLimiters = {
      perMinute,
      anonymous: createRateLimiter(perMinute),
      allAnonymous: createRateLimiter(perMinute * ALL_CLIENTS_FACTOR),
      signedIn: createRateLimiter(perMinute),
      // Off with the write limit (load tests), else fixed: nobody needs more wrong guesses a minute.
      authFailures: createRateLimiter(perMinute <= 0 ? 0 : AUTH_FAILURES_PER_MINUTE, {
        message: (retryAfter) => `Too many failed sign-ins from this client: wait ${retryAfter} s and try again.`,
      }),
    };
  }
  return cache.parallaxRateLimiters;
}

/** Counts one write by `client`; throws 429 past its limit. `signedIn`: it carried a valid credential. */
export function limitWrite(client: ClientKey, signedIn: boolean, env: NodeJS.ProcessEnv = process.env): void {
  const l = limiters(env);
  if (signedIn) takeAll([[l.signedIn, client]]);
  else takeAll([[l.anonymous, client], [l.allAnonymous, ALL_ANONYMOUS]]);
}

/** Throws 429 when `client` has failed to authenticate too often lately (checked before the token is). */
export function assertMayTryToken(client: ClientKey, env: NodeJS.ProcessEnv = process.env): void {
  const l = limiters(env);
  const retryAfter = l.authFailures.wait(client);
  if (retryAfter > 0) throw rateLimitError(retryAfter, (s) => `Too many failed sign-ins from this client: wait ${s} s and try again.`);
}

/** Counts a wrong token or failed sign-in by `client`. */
export function countAuthFailure(client: ClientKey, env: NodeJS.ProcessEnv = process.env): void {
  const l = limiters(env);
  if (l.authFailures.wait(client) === 0) l.authFailures.spend(client);
}

/** For tests: how many clients each table holds. */
export function limiterSizes(env: NodeJS.ProcessEnv = process.env) {
  const l = limiters(env);
  return { anonymous: l.anonymous.size, signedIn: l.signedIn.size, authFailures: l.authFailures.size };
}

/** Forgets every bucket (tests start each case from a clean table). */
export function resetRateLimits(): void {
  delete cache.parallaxRateLimiters;
}

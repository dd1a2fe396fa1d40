// The sign-in cookie: `v2.<issued>.<expires>.<signature>`, times in Unix seconds, the signature an
// HMAC-SHA256 of `v2.<issued>.<expires>` keyed with the admin token. It proves the holder signed in
// (it cannot be made without the token), ends at `expires` (PARALLAX_SESSION_HOURS after sign-in,
// default 12), and every session ends when the token changes. The server stores nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_VERSION = 'v2';
export const DEFAULT_SESSION_HOURS = 12;
/** Clocks of the machines behind a load balancer may differ a little. */
const CLOCK_SKEW_SECONDS = 60;

export function sessionHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.PARALLAX_SESSION_HOURS ?? DEFAULT_SESSION_HOURS);
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_SESSION_HOURS;
}

const signature = (token: string, payload: string) => createHmac('sha256', token).update(payload).digest('base64url');

/** A fresh session for someone who just gave the token; `maxAge` (seconds) is for the cookie. */
export function issueSession(token: string, nowMs = Date.now(), hours = sessionHours()): { value: string; maxAge: number } {
  const issued = Math.floor(nowMs / 1000);
  const maxAge = Math.max(1, Math.round(hours * 3600));
  const payload = `${SESSION_VERSION}.${issued}.${issued + maxAge}`;
  return { value: `${payload}.${signature(token, payload)}`, maxAge };
}

/**
 * Whether a cookie value is a session signed with `token` and in force now. A session longer than the
 * configured length is refused too, so shortening PARALLAX_SESSION_HOURS shortens sessions already given.
 */
export function verifySession(value: string, token: string, nowMs = Date.now(), hours = sessionHours()): boolean {
  const match = /^v2\.(\d{1,12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return false;
  const issued = Number(match[1]);
  const expires = Number(match[2]);
  const now = nowMs / 1000;
  const expected = Buffer.from(signature(token, `${SESSION_VERSION}.${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return issued <= now + CLOCK_SKEW_SECONDS && now < expires && expires - issued <= Math.round(hours * 3600);
}

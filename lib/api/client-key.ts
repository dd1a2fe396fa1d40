// Which client a request comes from, for the rate limits. A client must not be able to choose its
// own key, so by default it is the socket's peer address, which `instrumentation.ts` writes into the
// PEER_HEADER of every request as it arrives (overwriting whatever the client sent; route handlers
// are not given the socket). Only with PARALLAX_TRUST_PROXY=1, for a reverse proxy in front that
// sets X-Forwarded-For, is the last entry of that header used: what the nearest proxy saw.
export type ClientKey = string;

export const PEER_HEADER = 'x-parallax-peer';

const state = globalThis as unknown as { parallaxPeerStamping?: boolean };

/** Called once the server writes PEER_HEADER on every request itself (instrumentation, test servers). */
export function markPeerStamping(): void {
  state.parallaxPeerStamping = true;
}

export function trustsProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PARALLAX_TRUST_PROXY === '1' || env.PARALLAX_TRUST_PROXY === 'true';
}

/**
 * IPv4 as is; IPv6 by its /64 network, which one subscriber usually holds whole (keying on the full
 * address would give one machine 2^64 buckets).
 */
export function addressKey(address: string): string {
  const text = address.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped) return mapped[1];
  if (!text.includes(':')) return text;
  const [head, tail] = text.includes('::') ? text.split('::') : [text, ''];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`;
}

export function clientKeyFrom(headers: Headers, env: NodeJS.ProcessEnv = process.env): ClientKey {
  if (trustsProxy(env)) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
    if (forwarded) return addressKey(forwarded);
  }
  // Without the server stamping it, the header could be the client's own: then all share one key.
  const peer = state.parallaxPeerStamping ? headers.get(PEER_HEADER) : null;
  return peer ? addressKey(peer) : 'unknown';
}


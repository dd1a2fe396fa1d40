// Server-side fetch of a user-given URL that cannot be turned against the server (SSRF):
// http/https only; the host is resolved and every address checked (lib/fetch/address-policy) before
// connecting, and the connection is pinned to the checked address, so a DNS answer that changes
// between check and connect (rebinding) cannot redirect it; redirects are followed by hand, each hop
// checked again, at most 5; 10 s in all; at most 5 MB (after decompression); HTML or plain text only.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { decodeBody } from './decode-body';
import { refused, timedOut, tooLarge, unsupported, upstream } from './fetch-error';
import { resolvePublicAddress, type ResolveOptions } from './resolve-host';

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface SafeFetchOptions extends ResolveOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL finally fetched, after redirects. */
  url: string;
  status: number;
  contentType: string;
  kind: 'html' | 'text';
  body: string;
  bytes: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Parallax/0.1 (article comparison; fetches one page on a user request)';

function kindOf(contentType: string): 'html' | 'text' | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return null;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(`"${raw.slice(0, 200)}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused(`Only http and https URLs can be fetched, not ${url.protocol.replace(':', '')}.`);
  if (url.username || url.password) throw refused('URLs with a user name or password are not fetched.');
  return url;
}

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  stream: Readable;
  abort: () => void;
}

/** One request to the pinned address; resolves with the response head, the body still unread. */
function requestOnce(url: URL, address: string, family: 4 | 6, signal: AbortSignal): Promise<Hop> {
  // The pinned lookup: whatever name the socket asks for, it gets the address that was checked.
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        agent: false,
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (response) =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, stream: response, abort: () => request.destroy() }),
    );
    request.on('error', reject);
    request.end();
  });
}

function decompressed(hop: Hop): Readable {
  const encoding = String(hop.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return hop.stream.pipe(createGunzip());
  if (encoding === 'deflate') return hop.stream.pipe(createInflate());
  if (encoding === 'br') return hop.stream.pipe(createBrotliDecompress());
  return hop.stream;
}

async function readLimited(stream: Readable, maxBytes: number, abort: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      abort();
      throw tooLarge(`The page is larger than ${maxBytes / 1024 / 1024} MB.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_LIMITS, ...stripUndefined(options) };
  let url = parseUrl(rawUrl);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const { address, family } = await resolvePublicAddress(url.hostname, options);
      let hop: Hop;
      try {
        hop = await requestOnce(url, address, family, controller.signal);
      } catch (error) {
        if (controller.signal.aborted) throw timedOut(`${url.host} did not answer within ${timeoutMs / 1000} s.`);
        throw upstream(`Could not connect to ${url.host}: ${(error as Error).message}.`);
      }
      if (REDIRECTS.has(hop.status)) {
        hop.abort();
        const location = hop.headers.location;
        if (!location) throw upstream(`${url.host} answered ${hop.status} without a Location to follow.`);
        if (redirects >= maxRedirects) throw upstream(`Too many redirects (more than ${maxRedirects}).`);
        url = parseUrl(new URL(location, url).toString());
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        hop.abort();
        throw upstream(`${url.host} answered ${hop.status}${http.STATUS_CODES[hop.status] ? ` ${http.STATUS_CODES[hop.status]}` : ''} for ${url.pathname}.`);
      }
      const contentType = String(hop.headers['content-type'] ?? '');
      const kind = kindOf(contentType);
      if (!kind) {
        hop.abort();
        throw unsupported(`The page is ${contentType ? `"${contentType.split(';')[0]}"` : 'of no stated type'}; only HTML and plain text pages can be read.`);
      }
      const declared = Number(hop.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        hop.abort();
        throw tooLarge(`The page is larger than ${maxBytes / 1024 / 1024} MB.`);
      }
      let bytes: Buffer;
      try {
        bytes = await readLimited(decompressed(hop), maxBytes, hop.abort);
      } catch (error) {
        if (controller.signal.aborted) throw timedOut(`${url.host} did not send the page within ${timeoutMs / 1000} s.`);
        if ((error as { code?: string }).code === 'TOO_LARGE') throw error;
        throw upstream(`Reading the page from ${url.host} failed: ${(error as Error).message}.`);
      }
      return { url: url.toString(), status: hop.status, contentType, kind, body: decodeBody(bytes, contentType, kind === 'html'), bytes: bytes.length };
    }
  } finally {
    clearTimeout(timer);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

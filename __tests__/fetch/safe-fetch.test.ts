// SSRF tests against servers of the test's own. "Public" test hosts: the fetcher's address check is
// injectable (`allowAddress`, `lookup`), so a server on 127.0.0.2 can play a public site while the real
// policy still refuses 127.0.0.1 (our "internal" server). Nothing leaves this machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { checkAddress, safeFetch } from '@/lib/fetch';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function serve(host: string, handler: Handler): Promise<{ port: number; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const html = (body: string) => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

let internal: Awaited<ReturnType<typeof serve>>;
let site: Awaited<ReturnType<typeof serve>>;
let redirectTarget = '';

// The "public" site's policy: 127.0.0.2 counts as public, everything else goes by the real policy.
const allowAddress = (address: string) => address === '127.0.0.2' || checkAddress(address).allowed;
const lookup = async (hostname: string) => {
  if (hostname === 'news.test') return [{ address: '127.0.0.2', family: 4 }];
  if (hostname === 'internal.test' || hostname === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  if (hostname === 'mixed.test') return [{ address: '127.0.0.2', family: 4 }, { address: '10.0.0.7', family: 4 }];
  throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
};
const testHost = { allowAddress, lookup };

beforeAll(async () => {
  internal = await serve('127.0.0.1', (_req, res) => res.end('internal secret'));
  site = await serve('127.0.0.2', (req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('<p>Talks resume.</p>'));
    else if (path === '/to-internal') res.writeHead(302, { location: redirectTarget }).end();
    else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(301, { location: n > 0 ? `/hop/${n - 1}` : '/article' }).end();
    } else if (path === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
    else if (path === '/big') res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(2048));
    else if (path === '/big-gzip') res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('y'.repeat(4096)));
    else if (path === '/latin1') res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    else if (path === '/slow') res.writeHead(200, { 'content-type': 'text/plain' }).write('start');
    else if (path === '/missing') res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
afterAll(async () => {
  await internal.close();
  await site.close();
});

describe('safeFetch refuses internal addresses', () => {
  test('a server on 127.0.0.1 is refused, by IP and by name, and never contacted', async () => {
    await expect(safeFetch(`http://127.0.0.1:${internal.port}/`)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 400 });
    await expect(safeFetch(`http://localhost:${internal.port}/`)).rejects.toThrow(/resolves to (127\.0\.0\.1|::1), a loopback address/);
    await expect(safeFetch(`http://internal.test:${internal.port}/`, { lookup })).rejects.toThrow(/loopback/);
    await expect(safeFetch(`http://[::ffff:127.0.0.1]:${internal.port}/`)).rejects.toThrow(/loopback/);
    await expect(safeFetch(`http://2130706433:${internal.port}/`)).rejects.toThrow(/loopback/); // 127.0.0.1 as one number
    expect(internal.hits).toEqual([]);
  });

  test('private, link-local and metadata addresses are refused', async () => {
    for (const url of ['http://10.0.0.1/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[fd00:ec2::254]/', 'http://[::1]/', 'http://0.0.0.0/'])
      await expect(safeFetch(url)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 400 });
  });

  test('a name resolving to a public and a private address is refused', async () => {
    await expect(safeFetch(`http://mixed.test:${site.port}/article`, testHost)).rejects.toThrow(/10\.0\.0\.7, a private address/);
  });

  test('only http and https; no credentials in the URL', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://news.test/', 'gopher://news.test/', 'data:text/html,hi', 'javascript:alert(1)'])
      await expect(safeFetch(url, testHost)).rejects.toThrow(/Only http and https/);
    await expect(safeFetch(`http://user:pw@news.test:${site.port}/article`, testHost)).rejects.toThrow(/user name or password/);
    await expect(safeFetch('not a url')).rejects.toThrow(/not a valid URL/);
  });
});

describe('safeFetch on an allowed host', () => {
  test('fetches an HTML page', async () => {
    const page = await safeFetch(`http://news.test:${site.port}/article`, testHost);
    expect(page).toMatchObject({ status: 200, kind: 'html', url: `http://news.test:${site.port}/article` });
    expect(page.body).toContain('<p>Talks resume.</p>');
  });

  test('a redirect from the allowed host to 127.0.0.1 is refused, and the internal server is never contacted', async () => {
    for (const target of [`http://127.0.0.1:${internal.port}/secret`, `http://internal.test:${internal.port}/secret`, `http://localhost:${internal.port}/secret`]) {
      redirectTarget = target;
      await expect(safeFetch(`http://news.test:${site.port}/to-internal`, testHost)).rejects.toMatchObject({ status: 400 });
    }
    expect(internal.hits).toEqual([]);
  });

  test('follows up to 5 redirects, refuses the 6th', async () => {
    await expect(safeFetch(`http://news.test:${site.port}/hop/4`, testHost)).resolves.toMatchObject({ url: `http://news.test:${site.port}/article` });
    await expect(safeFetch(`http://news.test:${site.port}/hop/5`, testHost)).rejects.toThrow(/Too many redirects/);
  });

  test('the connection goes to the checked address even if DNS answers differently afterwards (rebinding)', async () => {
    const answers = ['127.0.0.2', '127.0.0.1'];
    let lookups = 0;
    const rebinding = async () => [{ address: answers[Math.min(lookups++, 1)], family: 4 }];
    const page = await safeFetch(`http://news.test:${site.port}/article`, { allowAddress, lookup: rebinding });
    expect(page.body).toContain('Talks resume.');
    expect(lookups).toBe(1);
    expect(internal.hits).toEqual([]);
  });

  test('refuses non-text content, oversize bodies (also after decompression), error statuses, and times out', async () => {
    await expect(safeFetch(`http://news.test:${site.port}/image`, testHost)).rejects.toMatchObject({ status: 415 });
    await expect(safeFetch(`http://news.test:${site.port}/big`, { ...testHost, maxBytes: 1024 })).rejects.toMatchObject({ status: 413 });
    await expect(safeFetch(`http://news.test:${site.port}/big-gzip`, { ...testHost, maxBytes: 1024 })).rejects.toMatchObject({ status: 413 });
    await expect(safeFetch(`http://news.test:${site.port}/missing`, testHost)).rejects.toThrow(/answered 404 Not Found/);
    await expect(safeFetch(`http://news.test:${site.port}/slow`, { ...testHost, timeoutMs: 300 })).rejects.toMatchObject({ status: 504 });
    await expect(safeFetch(`http://unknown.test/`, testHost)).rejects.toMatchObject({ status: 502 });
  });

  test('decodes the declared charset', async () => {
    await expect(safeFetch(`http://news.test:${site.port}/latin1`, testHost)).resolves.toMatchObject({ kind: 'text', body: 'café' });
  });
});

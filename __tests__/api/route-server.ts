// A real HTTP server (node:http on 127.0.0.1) that serves the app's route handlers under app/api/,
// so API tests speak HTTP (headers, bodies, status codes) without a full `next build`.
// Routing mirrors the app/api folder structure; dynamic segments ([id]) become params.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { markPeerStamping, PEER_HEADER } from '../../lib/api/client-key';

export const API_DIR = join(__dirname, '..', '..', 'app', 'api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export interface RouteFile {
  /** OpenAPI-style path: /api/comparisons/{id}/export */
  path: string;
  pattern: RegExp;
  params: string[];
  file: string;
}

/** Every app/api/**\/route.ts as a path pattern. */
export function routeFiles(dir = API_DIR): RouteFile[] {
  const found: RouteFile[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'route.ts') {
        const segments = relative(API_DIR, folder).split(sep).filter(Boolean);
        const params: string[] = [];
        const path = `/api/${segments.map((s) => (/^\[(.+)\]$/.test(s) ? `{${s.slice(1, -1)}}` : s)).join('/')}`.replace(/\/$/, '');
        const pattern = new RegExp(
          `^/api${segments.map((s) => {
            const dynamic = /^\[(.+)\]$/.exec(s);
            if (dynamic) {
              params.push(dynamic[1]);
              return '/([^/]+)';
            }
            return `/${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
          }).join('')}$`,
        );
        found.push({ path, pattern, params, file: full });
      }
    }
  };
  walk(dir);
  return found;
}

type RouteModule = Partial<Record<(typeof METHODS)[number], (request: Request, context: unknown) => Promise<Response> | Response>>;

export function exportedMethods(module: RouteModule): string[] {
  return METHODS.filter((m) => typeof module[m] === 'function');
}

export async function startRouteServer(): Promise<{ url: string; close: () => Promise<void> }> {
  markPeerStamping();
  const routes = routeFiles();
  const modules = new Map<string, RouteModule>();
  for (const route of routes) modules.set(route.file, (await import(route.file)) as RouteModule);

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const route = routes.find((r) => r.pattern.test(url.pathname));
      if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no route');
      const match = route.pattern.exec(url.pathname) as RegExpExecArray;
      const params = Object.fromEntries(route.params.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      const handler = modules.get(route.file)?.[req.method as (typeof METHODS)[number]];
      if (!handler) return void res.writeHead(405, { allow: exportedMethods(modules.get(route.file) ?? {}).join(', ') }).end();
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      headers.set(PEER_HEADER, req.socket.remoteAddress ?? ''); // what instrumentation.ts does under next start
      const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      const request = new Request(url, { method: req.method, headers, body });
      const response = await handler(request, { params: Promise.resolve(params) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(599, { 'content-type': 'text/plain' }).end(`test server: handler threw: ${(error as Error).stack}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * Starts the route server for one test file, with the write rate limit off (these tests are one client
 * making many writes); `server.url` is set once `beforeAll` has run.
 */
export function useRouteServer(): { url: string } {
  const server = { url: '' };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    process.env.PARALLAX_WRITE_RATE = '0';
    const started = await startRouteServer();
    server.url = started.url;
    close = started.close;
  });
  afterAll(async () => {
    await close?.();
    await (await import('../../lib/workers/analysis-pool')).closeAnalysisPool();
    delete process.env.PARALLAX_WRITE_RATE;
  });
  return server;
}

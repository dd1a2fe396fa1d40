// The OpenAPI document and the route handlers agree: every route file's methods are documented, and
// every documented operation has a handler. Served at /api/openapi.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportedMethods, routeFiles, startRouteServer } from './route-server';

const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'openapi.json'), 'utf8'));
const HTTP = ['get', 'post', 'put', 'patch', 'delete'];

describe('OpenAPI document', () => {
  test('documents exactly the routes and methods app/api implements', async () => {
    const implemented: string[] = [];
    for (const route of routeFiles()) {
      const module = await import(route.file);
      for (const method of exportedMethods(module)) implemented.push(`${method.toLowerCase()} ${route.path}`);
    }
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).filter((k) => HTTP.includes(k)).map((method) => `${method} ${path}`),
    );
    expect(implemented.sort()).toEqual(documented.sort());
  });

  test('every $ref inside the document resolves', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    for (const ref of refs) {
      const pointer = ref.slice(9, -1).split('/').slice(1);
      const target = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
      expect({ ref, found: target !== undefined }).toEqual({ ref, found: true });
    }
  });

  test('is served at /api/openapi.json, with the Analysis schema beside it', async () => {
    const server = await startRouteServer();
    try {
      const served = await fetch(`${server.url}/api/openapi.json`);
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual(document);
      const schema = await (await fetch(`${server.url}/api/analysis.schema.json`)).json();
      expect(schema.title).toBe('Parallax Analysis');
    } finally {
      await server.close();
    }
  });
});

// POST /api/check through a real HTTP server: the same report as checkDraft(), Markdown on request,
// clear 400s for a check without references or with too many.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '@/lib/check';
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { useRouteServer } from './route-server';

jest.setTimeout(180_000);

useTempDatabase();
const server = useRouteServer();

const SEEDS = join(__dirname, '..', '..', 'seeds');
const original = readFileSync(join(SEEDS, '000_68b51bf4a201928c.txt'), 'utf8');
const rival = readFileSync(join(SEEDS, '004_8987d4694f22efb9.txt'), 'utf8');
const draft = { outlet: 'Draft', text: original.replace('snap back into place after 30 days', 'snap back into place after 45 days') };
const references = [{ outlet: 'Wire', text: original }, { outlet: 'Rival', text: rival }];

const post = (body: unknown, query = '') =>
  fetch(`${server.url}/api/check${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/check', () => {
  test('gives checkDraft()\'s report as JSON, and as Markdown with ?format=md', async () => {
    const response = await post({ draft, references });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toEqual(JSON.parse(JSON.stringify(checkDraft(draft, references))));
    expect(report.conflicts.map((c: { note: string }) => c.note)).toContain('Draft: 45 days. Wire: 30 days.');
    const md = await post({ draft, references }, '?format=md');
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await md.text()).toMatch(/^# Draft check: Draft\n/);
  });

  test('a check needs 1 to 7 references and a known format', async () => {
    for (const [body, query, message] of [
      [{ draft, references: [] }, '', /give at least one reference/],
      [{ draft, references: Array(8).fill(references[0]) }, '', /at most 7 references/],
      [{ draft, references }, '?format=csv', /format must be json or md/],
      [{ draft: { text: '' }, references }, '', /empty/],
    ] as const) {
      const response = await post(body, query);
      expect(response.status).toBe(400);
      expect((await response.json()).detail).toMatch(message);
    }
  });
});

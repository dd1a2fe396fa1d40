// Load test of the production build with autocannon: requests per second and latency percentiles for
// the seed comparison page, GET /api/comparisons/{id} (10 and 50 connections) and POST /api/analyze
// with the two seed articles. Bounded: every run lasts --duration seconds (default 30).
//
//   npm run setup && flock /tmp/parallax-build.lock npx next build
//   DATABASE_URL=file:/tmp/api.db npx prisma migrate deploy && DATABASE_URL=file:/tmp/api.db npm run db:seed
//   DATABASE_URL=file:/tmp/api.db PARALLAX_WRITE_RATE=0 npx next start -p 3201 &
//   npm run load-test -- [--url http://127.0.0.1:3201] [--duration 30] [--id demo-iran-us-talks]
//
// PARALLAX_WRITE_RATE=0 lifts the per-client write limit, which would otherwise answer most analyse
// requests with 429 (every autocannon connection is the same client).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

// autocannon ships no types: the part of its API used here.
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3201' },
    duration: { type: 'string', default: '30' },
    id: { type: 'string', default: 'demo-iran-us-talks' },
  },
});
const base = values.url as string;
const duration = Number(values.duration);
const id = values.id as string;

const ROOT = join(__dirname, '..');
const seedMeta = JSON.parse(readFileSync(join(ROOT, 'seeds', 'comparison.json'), 'utf8')) as { articles: Array<{ file: string; outlet: string }> };
const seedBody = JSON.stringify({ articles: seedMeta.articles.map((a) => ({ outlet: a.outlet, text: readFileSync(join(ROOT, 'seeds', a.file), 'utf8') })) });

interface Scenario {
  name: string;
  path: string;
  connections: number;
  method?: 'GET' | 'POST';
  body?: string;
}

const scenarios: Scenario[] = [
  { name: 'seed page', path: `/comparisons/${id}`, connections: 10 },
  { name: 'seed page', path: `/comparisons/${id}`, connections: 50 },
  { name: 'GET /api/comparisons/{id}', path: `/api/comparisons/${id}`, connections: 10 },
  { name: 'GET /api/comparisons/{id}', path: `/api/comparisons/${id}`, connections: 50 },
  { name: 'POST /api/analyze (2 seeds)', path: '/api/analyze', connections: 1, method: 'POST', body: seedBody },
  { name: 'POST /api/analyze (2 seeds)', path: '/api/analyze', connections: 10, method: 'POST', body: seedBody },
];

/** Waits until the server has worked off the previous run's backlog (a probe answers in under 300 ms). */
async function settle(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetch(`${base}/api/openapi.json`).then((r) => r.arrayBuffer()).catch(() => undefined);
    if (Date.now() - started < 300) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function runScenario(scenario: Scenario) {
  await settle();
  await fetch(`${base}${scenario.path}`, { method: scenario.method ?? 'GET', body: scenario.body, headers: scenario.body ? { 'content-type': 'application/json' } : undefined }).then((r) => r.arrayBuffer()); // warm-up
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    connections: scenario.connections,
    duration,
    method: scenario.method ?? 'GET',
    body: scenario.body,
    headers: scenario.body ? { 'content-type': 'application/json' } : undefined,
    timeout: 60,
  });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    scenario: `${scenario.name} @ ${scenario.connections} conn`,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: non2xx,
  };
}

async function main() {
  const probe = await fetch(`${base}/api/comparisons/${id}`).catch(() => null);
  if (!probe || probe.status !== 200) throw new Error(`no seeded production server at ${base} (GET /api/comparisons/${id} → ${probe?.status ?? 'no answer'})`);
  console.log(`autocannon against ${base}, ${duration} s per run\n`);
  console.log('| scenario | requests | req/s | p50 ms | p99 ms | max ms | non-2xx/errors |');
  console.log('|---|---|---|---|---|---|---|');
  for (const scenario of scenarios) {
    const r = await runScenario(scenario);
    console.log(`| ${r.scenario} | ${r.requests} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.failed} |`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

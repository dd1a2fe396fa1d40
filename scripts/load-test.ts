// Load test of the production build with autocannon: throughput and latency percentiles for every read
// route, each next to the cheapest route of the same server in the same run (`GET /api/openapi.json`,
// a prebuilt document): on a noisy machine the ratio holds where absolute figures do not.
// Every run lasts --duration seconds (default 10) at --connections (default 50). `--writes` adds
// POST /api/analyze with the two seed articles and the reads-during-analyses check (GET
// /api/comparisons/{id} one after another while four 8-article analyses run at once).
//
//   npm run setup && flock /tmp/parallax-build.lock npx next build
//   DATABASE_URL=file:/tmp/api.db npx prisma migrate deploy && DATABASE_URL=file:/tmp/api.db npm run db:seed
//   DATABASE_URL=file:/tmp/api.db PARALLAX_WRITE_RATE=0 npx next start -p 3201 &
//   npm run load-test -- [--url http://127.0.0.1:3201] [--duration 10] [--connections 50] [--id demo-iran-us-talks] [--only NAME] [--writes]
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
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    id: { type: 'string', default: 'demo-iran-us-talks' },
    only: { type: 'string' },
    writes: { type: 'boolean', default: false },
  },
});
const base = values.url as string;
const duration = Number(values.duration);
const connections = Number(values.connections);
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

const REFERENCE = '/api/openapi.json';
const SEED_PAGE = `/comparisons/${id}`;

/** Every read route of the app, the reference first. */
const READ_PATHS = [
  REFERENCE,
  '/api/analysis.schema.json',
  '/',
  SEED_PAGE,
  `/comparisons/${id}?view=read`,
  `/comparisons/${id}?full=1`,
  '/api/comparisons',
  `/api/comparisons/${id}`,
  `/api/comparisons/${id}?fields=summary`,
  `/api/comparisons/${id}/export?format=json`,
  `/comparisons/${id}/export?format=csv`,
  `/comparisons/${id}/export?format=md`,
];

const scenarios: Scenario[] = [
  ...READ_PATHS.map((path) => ({ name: `GET ${path}`, path, connections })),
  ...(values.writes
    ? [
        { name: 'POST /api/analyze (2 seeds)', path: '/api/analyze', connections: 1, method: 'POST' as const, body: seedBody },
        { name: 'POST /api/analyze (2 seeds)', path: '/api/analyze', connections: 10, method: 'POST' as const, body: seedBody },
      ]
    : []),
].filter((s) => !values.only || s.path === REFERENCE || s.name.includes(values.only as string));

/** Waits until the server has worked off the previous run's backlog (a probe answers in under 300 ms). */
async function settle(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetch(`${base}${REFERENCE}`).then((r) => r.arrayBuffer()).catch(() => undefined);
    if (Date.now() - started < 300) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function runScenario(scenario: Scenario) {
  await settle();
  const warmUp = await fetch(`${base}${scenario.path}`, { method: scenario.method ?? 'GET', body: scenario.body, headers: scenario.body ? { 'content-type': 'application/json' } : undefined });
  const bytes = (await warmUp.arrayBuffer()).byteLength;
  const result = await autocannon({
    url: `${base}${scenario.path}`,
    connections: scenario.connections,
    duration,
    method: scenario.method ?? 'GET',
    body: scenario.body,
    headers: scenario.body ? { 'content-type': 'application/json' } : undefined,
    timeout: 30,
  });
  return {
    scenario: `${scenario.name} @ ${scenario.connections} conn`,
    path: scenario.path,
    status: warmUp.status,
    bytes,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failed: result.non2xx + result.errors + result.timeouts,
    timeouts: result.timeouts,
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** GET latency while four 8-article analyses (the seeds, each article a different cut) run at once. */
async function readsDuringAnalyses() {
  await settle();
  const seeds = (JSON.parse(seedBody) as { articles: Array<{ outlet: string; text: string }> }).articles;
  const body = (n: number) =>
    JSON.stringify({
      articles: Array.from({ length: 8 }, (_, i) => ({ outlet: `Outlet ${i + 1}`, text: seeds[i % 2].text.slice((n * 8 + i) * 7) })),
    });
  const started = performance.now();
  let pending = 4;
  const analyses = [0, 1, 2, 3].map((n) =>
    fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(n) })
      .then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength }))
      .finally(() => pending--),
  );
  const latencies: number[] = [];
  while (pending > 0) {
    const t = performance.now();
    const r = await fetch(`${base}/api/comparisons/${id}`);
    await r.arrayBuffer();
    if (pending > 0) latencies.push(performance.now() - t);
  }
  const results = await Promise.all(analyses);
  const wall = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(`\nGET /api/comparisons/${id}, one after another, while four 8-article POST /api/analyze run at once`);
  console.log('| analyses (status) | analyses wall s | GETs meanwhile | p50 ms | p99 ms | max ms |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${results.map((r) => r.status).join(' ')} | ${(wall / 1000).toFixed(1)} | ${sorted.length} | ${percentile(sorted, 50)?.toFixed(0)} | ${percentile(sorted, 99)?.toFixed(0)} | ${sorted.at(-1)?.toFixed(0)} |`,
  );
}

async function main() {
  const probe = await fetch(`${base}/api/comparisons/${id}`).catch(() => null);
  if (!probe || probe.status !== 200) throw new Error(`no seeded production server at ${base} (GET /api/comparisons/${id} → ${probe?.status ?? 'no answer'})`);
  if (values.only === 'reads') return readsDuringAnalyses();
  console.log(`autocannon against ${base}, ${duration} s per run; ratios are to ${REFERENCE} in this run\n`);
  console.log('| route | status | body KB | requests | req/s | × ref req/s | p50 ms | p99 ms | × ref p99 | max ms | non-2xx/errors/timeouts |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const results = [];
  let reference: Awaited<ReturnType<typeof runScenario>> | undefined;
  for (const scenario of scenarios) {
    const r = await runScenario(scenario);
    if (r.path === REFERENCE && !reference) reference = r;
    results.push(r);
    const ratio = reference ? (r.rps / reference.rps).toFixed(2) : '–';
    const p99Ratio = reference ? (r.p99 / Math.max(1, reference.p99)).toFixed(1) : '–';
    console.log(`| ${r.scenario} | ${r.status} | ${(r.bytes / 1024).toFixed(1)} | ${r.requests} | ${r.rps.toFixed(1)} | ${ratio} | ${r.p50} | ${r.p99} | ${p99Ratio} | ${r.max} | ${r.failed} |`);
  }
  const seed = results.find((r) => r.path === SEED_PAGE);
  if (seed && reference) {
    const throughput = seed.rps / reference.rps;
    const p99 = seed.p99 / Math.max(1, reference.p99);
    console.log(`\nSeed page at ${connections} connections: ${(throughput * 100).toFixed(0)}% of ${REFERENCE}'s throughput (target ≥ 25%), p99 ${p99.toFixed(1)}× (target ≤ 4×), ${seed.failed} failed (target 0): ${throughput >= 0.25 && p99 <= 4 && seed.failed === 0 ? 'PASS' : 'FAIL'}`);
  }
  if (values.writes) await readsDuringAnalyses();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

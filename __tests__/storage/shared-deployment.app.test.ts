// A shared deployment on a real PostgreSQL, started the README way (`npm start`): two app instances on
// one database with PARALLAX_WORKERS=0, comparisons posted to the first wait while no worker runs, one
// `parallax worker` analyses them, and the second instance serves every result and the demo. Also: both
// instances posting at once store each comparison once, and an Idempotency-Key sent to both stores one.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { freePort } from '../../scripts/db/throwaway-postgres';

const ROOT = path.join(__dirname, '..', '..');
const DEMO_ID = 'demo-iran-us-talks';

interface Running {
  child: ChildProcess;
  output: () => string;
}

function launch(command: string, args: string[], env: Record<string, string>): Running {
  // Its own process group, so that stopping it also stops what `npm start` started.
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function stop({ child }: Running): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHttp(url: string, running: Running, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`the app exited with ${running.child.exitCode}:\n${running.output().slice(-3000)}`);
    try {
      const response = await fetch(`${url}/api/comparisons`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer within ${timeoutMs} ms:\n${running.output().slice(-3000)}`);
}

async function startInstance(databaseUrl: string): Promise<{ url: string; running: Running }> {
  const port = await freePort();
  const running = launch('npm', ['start'], { DATABASE_URL: databaseUrl, PARALLAX_WORKERS: '0', PORT: String(port), PARALLAX_WRITE_RATE: '0', PARALLAX_PAGE_CACHE_SECONDS: '1' });
  const url = `http://127.0.0.1:${port}`;
  // `npm start` migrates, seeds and, only if the sources changed since the last build, builds.
  await waitForHttp(url, running, 600_000);
  return { url, running };
}

const comparison = (n: number) => ({
  articles: [
    { outlet: `Harbour Post ${n}`, title: `Port strike enters day ${n}`, text: `Dock workers in Rotterdam stayed off the job for a ${n}th day on Monday, union leaders said. The port authority said ${n * 12} ships were waiting.` },
    { outlet: 'Coastal Times', text: `The strike at Rotterdam's port went into day ${n}. Union leaders said talks would resume on Tuesday, while ${n * 12} ships waited offshore.` },
  ],
});

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { id: string; status: string; created: boolean } };
}

const getComparison = async (url: string, id: string) => {
  const response = await fetch(`${url}/api/comparisons/${id}`);
  return { status: response.status, body: (await response.json()) as { status?: string; analysis?: { articles: unknown[] } } };
};

describeOnPostgres('a shared deployment: two app instances and a worker on one PostgreSQL', () => {
  const db = usePostgresDatabase();
  const processes: Running[] = [];
  let first: string;
  let second: string;

  beforeAll(async () => {
    const a = await startInstance(db.current().url);
    processes.push(a.running);
    first = a.url;
    const b = await startInstance(db.current().url);
    processes.push(b.running);
    second = b.url;
  }, 1_200_000);

  afterAll(async () => {
    for (const p of processes.reverse()) await stop(p);
  }, 60_000);

  it('queues what the first instance is sent while no worker runs, and a worker finishes it for the second', async () => {
    const posted = [];
    for (const n of [1, 2, 3, 4]) posted.push(await postJson(first, comparison(n)));
    for (const p of posted) expect(p).toMatchObject({ status: 202, body: { status: 'queued', created: true } });
    const ids = posted.map((p) => p.body.id);

    await new Promise((r) => setTimeout(r, 3000));
    for (const id of ids) {
      const pending = await getComparison(second, id);
      expect(pending.status).toBe(202);
      expect(pending.body.status).toBe('queued');
    }

    const worker = launch(process.execPath, [path.join(ROOT, 'bin', 'parallax.js'), 'worker', '--concurrency', '1'], { DATABASE_URL: db.current().url, PARALLAX_JOB_POLL_SECONDS: '1' });
    processes.push(worker);
    const deadline = Date.now() + 180_000;
    for (const id of ids) {
      for (;;) {
        const read = await getComparison(second, id);
        if (read.status === 200) {
          expect(read.body.analysis?.articles).toHaveLength(2);
          break;
        }
        if (Date.now() > deadline) throw new Error(`comparison ${id} not analysed: ${JSON.stringify(read.body)}\nworker said:\n${worker.output()}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }, 300_000);

  it('lists the demo comparison on both instances, in the API and on the home page', async () => {
    for (const url of [first, second]) {
      const list = (await (await fetch(`${url}/api/comparisons?pageSize=100`)).json()) as { items: Array<{ id: string }> };
      expect(list.items.map((i) => i.id)).toContain(DEMO_ID);
      const home = await (await fetch(`${url}/`)).text();
      expect(home).toContain(`/comparisons/${DEMO_ID}`);
    }
  });

  it('stores each of two comparisons posted to both instances at once exactly once, and one for a shared Idempotency-Key', async () => {
    const [a, b] = await Promise.all([postJson(first, comparison(5)), postJson(second, comparison(6))]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body.id).not.toBe(b.body.id);

    const headers = { 'Idempotency-Key': 'shared-deployment-1' };
    const [x, y] = await Promise.all([postJson(first, comparison(7), headers), postJson(second, comparison(7), headers)]);
    expect(x.body.id).toBe(y.body.id);
    expect([x.body.created, y.body.created].sort()).toEqual([false, true]);

    const list = (await (await fetch(`${second}/api/comparisons?pageSize=100`)).json()) as { items: Array<{ id: string; title: string }> };
    const titles = list.items.map((i) => i.title);
    for (const n of [5, 6, 7]) expect(titles.filter((t) => t === `Port strike enters day ${n}`)).toHaveLength(1);
  });

  it('stops serving a comparison page from its cache soon after another instance deletes the comparison', async () => {
    const { body } = await postJson(first, comparison(8));
    const page = async (url: string) => (await fetch(`${url}/comparisons/${body.id}`, { headers: { accept: 'text/html' } })).status;
    const deadline = Date.now() + 120_000;
    const worker = launch(process.execPath, [path.join(ROOT, 'bin', 'parallax.js'), 'worker', '--concurrency', '1'], { DATABASE_URL: db.current().url, PARALLAX_JOB_POLL_SECONDS: '1' });
    processes.push(worker);
    while ((await getComparison(second, body.id)).status !== 200) {
      if (Date.now() > deadline) throw new Error('not analysed');
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(await page(second)).toBe(200);
    expect(await page(second)).toBe(200); // now from the second instance's page cache
    expect((await fetch(`${first}/api/comparisons/${body.id}`, { method: 'DELETE' })).status).toBe(204);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page(second)).toBe(404);
  }, 180_000);
});

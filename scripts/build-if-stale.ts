// `npm start` builds the app only when its sources changed since the last build. Several app instances
// started from one checkout (a shared deployment behind a load balancer) must not rebuild `.next` under
// one another: a rebuild replaces the files a running `next start` serves its pages from. So the build
// is keyed by a hash of the sources it is made of, and one lock lets a single starter build while the
// others wait and then find the build current.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const BUILD_DIR = path.join(ROOT, '.next');
const HASH_FILE = path.join(BUILD_DIR, 'parallax-sources.sha256');
const LOCK_DIR = path.join(ROOT, '.next-build.lock');
/** A lock older than this belongs to a starter that died mid-build. */
const STALE_LOCK_MS = 20 * 60_000;

/** Not part of what `next build` compiles. */
const SKIP = new Set(['node_modules', '.next', '.next-build.lock', '.git', '.ci', 'data', 'coverage', 'artifacts', 'docs', '__tests__', 'wip']);

export function sourceHash(root = ROOT): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (dir === root && SKIP.has(name)) continue;
      if (name.endsWith('.db') || name.endsWith('.db-wal') || name.endsWith('.db-shm') || name === 'next-env.d.ts' || name.endsWith('.tsbuildinfo')) continue;
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) hash.update(path.relative(root, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(root);
  return hash.digest('hex');
}

const buildIsCurrent = (hash: string) => existsSync(path.join(BUILD_DIR, 'BUILD_ID')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8').trim() === hash;

function takeLock(): boolean {
  try {
    mkdirSync(LOCK_DIR);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch {
      // released meanwhile
    }
    return false;
  }
}

async function main(): Promise<void> {
  const hash = sourceHash();
  for (let waited = false; ; waited = true) {
    if (buildIsCurrent(hash)) {
      console.log(`parallax: the production build is current${waited ? ' (another instance built it)' : ''}`);
      return;
    }
    if (takeLock()) break;
    if (!waited) console.log('parallax: another instance is building the app; waiting for it');
    await new Promise((r) => setTimeout(r, 2000));
  }
  try {
    if (buildIsCurrent(hash)) return;
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    // After the build: `next build` may itself touch a source (tsconfig.json on a first build).
    writeFileSync(HASH_FILE, `${sourceHash()}\n`);
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`parallax: build failed: ${(error as Error).message}`);
    process.exit(1);
  });
}

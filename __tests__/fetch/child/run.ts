// Runs a function of lib/ in a child Node process through tsx (as the CLI does) and returns its JSON
// result. HTML parsing needs linkedom, whose ESM-only dependencies Jest on Node 20 cannot load.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Asynchronous, so a test server in this process can answer the child's requests meanwhile. */
export async function runInNode<T>(module: string, exportName: string, args: unknown[]): Promise<T> {
  const script = `
    require('tsx/cjs/api').register();
    const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const fn = require(${JSON.stringify(join(ROOT, module))})[${JSON.stringify(exportName)}];
    Promise.resolve(fn(...input)).then(
      (result) => process.stdout.write(JSON.stringify({ result })),
      (error) => process.stdout.write(JSON.stringify({ error: { message: error.message, code: error.code, status: error.status } })),
    );`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(JSON.stringify(args));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`child failed: ${stderr}`);
  const output = JSON.parse(stdout) as { result?: T; error?: { message: string; code?: string; status?: number } };
  if (output.error) throw Object.assign(new Error(output.error.message), output.error);
  return output.result as T;
}

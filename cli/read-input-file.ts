// Reading an input file as UTF-8 text, with errors that name the file and say what to do.
import { open, readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../lib/api/text-problem';
import { CliError } from './cli-error';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  EPERM: 'permission denied',
};

export async function readBytes(path: string): Promise<Buffer> {
  try {
    return path === '-' ? await readStdin() : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`cannot read ${path}: ${REASONS[code] ?? (error as Error).message}`);
  }
}

/** Fails with the same clear message as readBytes when the file cannot be opened, without reading it. */
export async function checkReadable(path: string): Promise<void> {
  if (path === '-') return;
  try {
    const handle = await open(path, 'r');
    const stats = await handle.stat();
    await handle.close();
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`cannot read ${path}: ${REASONS[code] ?? (error as Error).message}`);
  }
}

export async function readTextFile(path: string): Promise<string> {
  const decoded = decodeUtf8(await readBytes(path));
  if ('error' in decoded) throw new CliError(`${path} ${decoded.error}`);
  return decoded.text.replace(/^\ufeff/, '');
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// JSON lines: one article per line; a line that is not JSON or not an article is one error, the rest go on.
import { toRecord, type ReadResult } from './record';

export function parseJsonLines(content: string, file: string): ReadResult[] {
  const results: ReadResult[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      results.push({ where, error: `not JSON (${(error as Error).message})` });
      return;
    }
    results.push(toRecord(raw, where, `${file}:${i + 1}`));
  });
  return results;
}

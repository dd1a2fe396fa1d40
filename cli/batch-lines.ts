// JSON-lines input for --batch: every line checked (UTF-8, JSON, shape, article text) with its line
// number, so that a bad line is reported before hours of analysis rather than after.
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { ArticleInput } from '../lib/contract/types';
import { articleInputSchema, describeIssues } from '../lib/api/article-schema';
import { CliError } from './cli-error';

export interface BatchItem {
  line: number;
  id: string | number;
  articles: ArticleInput[];
}

const batchLineSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'id must be a string or a number' }).optional(),
  articles: z
    .array(articleInputSchema, { error: 'articles must be a list of articles' })
    .min(1, { error: 'articles is empty: give at least one article' }),
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Raw lines of a file (or standard input for "-"), split on "\n", with 1-based line numbers. */
export async function* readRawLines(path: string): AsyncGenerator<{ line: number; bytes: Buffer }> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let newline: number;
    while ((newline = pending.indexOf(0x0a)) !== -1) {
      yield { line: ++line, bytes: pending.subarray(0, newline) };
      pending = pending.subarray(newline + 1);
    }
  }
  if (pending.length) yield { line: ++line, bytes: pending };
}

/** One line → a batch item, null for a blank line, or a CliError naming the line. */
export function parseBatchLine(source: string, line: number, bytes: Buffer): BatchItem | null {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CliError(`${source} line ${line}: not valid UTF-8`);
  }
  if (line === 1) text = text.replace(/^\ufeff/, '');
  if (!text.trim()) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source} line ${line}: invalid JSON: ${(error as Error).message}`);
  }
  const result = batchLineSchema.safeParse(data);
  if (!result.success) throw new CliError(`${source} line ${line}: ${describeIssues(result.error).join('; ')}`);
  return { line, id: result.data.id ?? line, articles: result.data.articles };
}

// An input that takes longer than its deadline, through the real CLI: the batch writes an error line
// for it (stderr, with its line number and id) and goes on with the next line; a single comparison from
// files fails with the same message. The deadline is made small with PARALLAX_ANALYSIS_TIMEOUT_MS, so
// four real 200,000-character articles exceed it many times over, while short lines stay far inside it.
import type { Analysis } from '@/lib/contract/types';
import { fixtureDir, runCli } from '@/__tests__/cli/run-cli';
import { proseOfLength } from './cases';

jest.setTimeout(180_000);

const TINY_DEADLINE = { PARALLAX_ANALYSIS_TIMEOUT_MS: '20' };
const longTexts = [1, 2, 3, 4].map((i) => proseOfLength(200_000 - i));
const line = (id: string, ...texts: string[]) => JSON.stringify({ id, articles: texts.map((text, i) => ({ outlet: `O${i + 1}`, text })) });
const TIMEOUT_LINE =
  /^parallax: in\.jsonl line 2 \(id "slow"\): skipped: article [1-4] \(O[1-4]\): the analysis did not finish within its 0\.8 s deadline \(it was in the (ingest|claims|annotations) stage\)\. PARALLAX_ANALYSIS_TIMEOUT_MS sets the deadline\.$/;

describe('an input slower than its deadline, through the CLI', () => {
  const dir = fixtureDir({
    'in.jsonl': `${[line('first', 'Talks resumed in Oman on Friday.'), line('slow', ...longTexts), line('third', 'The minister resigned on Tuesday.', 'Prices rose.')].join('\n')}\n`,
  });

  test('--batch: an error line for the slow line, the lines after it analysed, exit status 1 at the end', () => {
    const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir, env: TINY_DEADLINE });
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis & { id: string });
    expect(lines.map((l) => [l.id, l.articles.length])).toEqual([
      ['first', 1],
      ['third', 2],
    ]);
    const stderr = result.stderr.trimEnd().split('\n');
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toMatch(TIMEOUT_LINE);
    expect(stderr[1]).toBe('parallax: 1 of 3 line(s) could not be analysed (line 2); every other line was written');
    expect(result.status).toBe(1);
  });

  test('--batch --format json: still one valid JSON array of the lines that were analysed', () => {
    const result = runCli(['analyze', '--batch', 'in.jsonl', '--format', 'json'], { cwd: dir, env: TINY_DEADLINE });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as Array<{ id: string }>).map((l) => l.id)).toEqual(['first', 'third']);
  });

  test('files: nothing on stdout, the message on stderr, exit status 1', () => {
    const files = fixtureDir(Object.fromEntries(longTexts.map((text, i) => [`long-${i + 1}.txt`, text])));
    const result = runCli(['analyze', 'long-1.txt', 'long-2.txt', 'long-3.txt', 'long-4.txt'], { cwd: files, env: TINY_DEADLINE });
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 1, stdout: '' });
    expect(result.stderr).toMatch(/^parallax: article [1-4] \(long-[1-4]\): the analysis did not finish within its 0\.8 s deadline \(it was in the \w+ stage\)\. PARALLAX_ANALYSIS_TIMEOUT_MS sets the deadline\.\n$/);
  });
});

import { spawnSync } from 'node:child_process';
import type { Analysis } from '@/lib/contract/types';
import { fixtureDir, ROOT, runCli } from './run-cli';

// Each test spawns the real CLI (process start, model load): allow for a busy CI machine.
jest.setTimeout(180_000);

type Line = Analysis & { id: string | number };
const parseLines = (stdout: string): Line[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line));

const line = (id: string | number, ...texts: string[]) =>
  JSON.stringify({ id, articles: texts.map((text, i) => ({ outlet: `O${i + 1}`, title: '', text })) });

describe('parallax analyze --batch', () => {
  test('one Analysis per line, in input order, id echoed; one-article lines align nothing across articles', () => {
    const input = [
      line('first', 'Iran and the United States will hold talks in Rome on Friday.', 'The talks between Iran and the US move to Rome on Friday.'),
      '',
      line(7, 'The minister resigned on Tuesday.'),
      line('third', 'Prices rose by 3 percent in May.', 'In May prices went up 3 percent.'),
    ].join('\n');
    const dir = fixtureDir({ 'in.jsonl': `${input}\n` });
    const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = parseLines(result.stdout);
    expect(lines.map((l) => l.id)).toEqual(['first', 7, 'third']);
    expect(lines.map((l) => l.articles.length)).toEqual([2, 1, 2]);
    expect(Object.keys(lines[0])[0]).toBe('id');
    expect(lines[1].groups.every((g) => g.articles.length === 1)).toBe(true);
    for (const analysis of lines)
      for (const article of analysis.articles)
        for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  test('a line without id gets its line number; "-" reads standard input', () => {
    const input = `${JSON.stringify({ articles: [{ text: 'Talks resumed in Oman.' }] })}\n`;
    const result = runCli(['analyze', '--batch', '-'], { input });
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout).map((l) => l.id)).toEqual([1]);
  });

  test('--format json prints one JSON array', () => {
    const dir = fixtureDir({ 'in.jsonl': `${line('a', 'Talks resumed.')}\n${line('b', 'Talks ended.')}\n` });
    const result = runCli(['analyze', '--batch', 'in.jsonl', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Line[]).map((l) => l.id)).toEqual(['a', 'b']);
  });

  test('bad JSON names its line number and stops before any output', () => {
    const dir = fixtureDir({ 'in.jsonl': `${line('a', 'Talks resumed.')}\n{"id": "b", "articles": [\n${line('c', 'x')}\n` });
    const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^parallax: in\.jsonl line 2: invalid JSON/);
  });

  test('empty articles, no articles and non-UTF-8 lines are refused with their line number', () => {
    const cases: Array<[string | Buffer, RegExp]> = [
      [`${line('a', 'ok.')}\n${line('b', '')}\n`, /line 2: articles\.0\.text: The article text is empty/],
      [`${JSON.stringify({ id: 'x', articles: [] })}\n`, /line 1: articles: articles is empty/],
      [`${JSON.stringify({ id: 'x' })}\n`, /line 1: articles: articles must be a list/],
      [Buffer.concat([Buffer.from('{"id":1,"articles":[{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}]}\n')]), /line 1: not valid UTF-8/],
    ];
    for (const [content, message] of cases) {
      const dir = fixtureDir({ 'in.jsonl': content });
      const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir });
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
      expect(result.stderr).toMatch(message);
    }
  });

  test('with two workers, a slow early line does not reorder the output, and every line is what analyze() gives', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Officials in Rome said on Friday that talks number ${i} would resume next week.`).join(' ');
    const items = [
      { id: 'long', articles: [{ outlet: 'A', title: '', text: long }, { outlet: 'B', title: '', text: long.slice(200) }] },
      { id: 'short-1', articles: [{ outlet: 'A', title: '', text: 'Talks resumed in Oman.' }] },
      { id: 'short-2', articles: [{ outlet: 'A', title: '', text: 'The minister resigned on Tuesday.' }] },
    ];
    const dir = fixtureDir({ 'in.jsonl': `${items.map((item) => JSON.stringify(item)).join('\n')}\n` });
    const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir, env: { PARALLAX_ANALYSIS_WORKERS: '2' } });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const { analyze } = jest.requireActual<typeof import('@/lib/pipeline')>('@/lib/pipeline');
    expect(result.stdout).toBe(items.map((item) => `${JSON.stringify({ id: item.id, ...analyze(item.articles) })}\n`).join(''));
  });

  test('a missing batch file fails with a clear message', () => {
    const result = runCli(['analyze', '--batch', '/nonexistent/in.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('parallax: cannot read /nonexistent/in.jsonl: no such file\n');
  });

  test('`npx --no-install parallax` from the project root runs this CLI (the dev-eval entry point)', () => {
    const dir = fixtureDir({ 'in.jsonl': `${line('n1', 'Talks resumed in Oman on Friday.')}\n` });
    const result = spawnSync('npx', ['--no-install', 'parallax', 'analyze', '--batch', `${dir}/in.jsonl`], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(parseLines(result.stdout).map((l) => l.id)).toEqual(['n1']);
  });
});

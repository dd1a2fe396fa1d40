import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '@/lib/contract/types';
import { fixtureDir, ROOT, runCli } from './run-cli';

// Each test spawns the real CLI (process start, model load): allow for a busy CI machine.
jest.setTimeout(180_000);

const SEEDS = ['seeds/000_68b51bf4a201928c.txt', 'seeds/004_8987d4694f22efb9.txt'];

function expectConsistent(analysis: Analysis) {
  const claimIds = analysis.articles.flatMap((article) => {
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    return article.claims.map((claim) => claim.id);
  });
  const grouped = analysis.groups.flatMap((group) => group.claims);
  expect([...grouped].sort()).toEqual([...claimIds].sort());
}

describe('parallax analyze FILE...', () => {
  test('prints the Analysis of the two seed articles, offsets exact, every claim in one group', () => {
    const result = runCli(['analyze', ...SEEDS]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.articles.map((a) => a.outlet)).toEqual(['000_68b51bf4a201928c', '004_8987d4694f22efb9']);
    expect(analysis.articles.every((a) => a.claims.length > 0)).toBe(true);
    expectConsistent(analysis);
  });

  test('--outlet and --title name the files in order; --format jsonl prints one line', () => {
    const result = runCli(['analyze', '--outlet', 'Wire', '--title', 'Talks resume', ...SEEDS, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.articles.map((a) => a.outlet)).toEqual(['Wire', '004_8987d4694f22efb9']);
    expect(analysis.articles[0].title).toBe('Talks resume');
  });

  test('reads .json articles, a .json list of articles, .md and .html files', () => {
    const dir = fixtureDir({
      'one.json': JSON.stringify({ outlet: 'Daily', title: 'Rain', text: 'It rained in Rome on Friday.', url: 'https://daily.example/rain' }),
      'two.json': JSON.stringify({ articles: [{ outlet: 'X', text: 'Talks ended.' }, { outlet: 'Y', text: 'Talks ended early.' }] }),
      'post.md': '# Storm hits coast\n\nThe **storm** hit the [coast](https://x.example) on Monday.\n',
      'page.html':
        '<html><head><meta property="og:site_name" content="Coast News"><meta property="article:published_time" content="2025-05-02T10:00:00Z"></head>' +
        '<body><article><h1>Storm</h1><p>The storm hit the coast on Monday, officials said.</p></article></body></html>',
    });
    const result = runCli(['analyze', 'one.json', 'two.json', 'post.md', 'page.html'], { cwd: dir });
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout) as Analysis;
    expect(analysis.articles.map((a) => a.outlet)).toEqual(['Daily', 'X', 'Y', 'post', 'Coast News']);
    expect(analysis.articles[0].url).toBe('https://daily.example/rain');
    expect(analysis.articles[3].title).toBe('Storm hits coast');
    expect(analysis.articles[3].text).toContain('The storm hit the coast on Monday.');
    expect(analysis.articles[4].publishedAt).toBe('2025-05-02T10:00:00.000Z');
    expect(analysis.articles[4].text).toContain('The storm hit the coast on Monday, officials said.');
    expectConsistent(analysis);
  });

  test('an unreadable file, an empty article, bad JSON and invalid UTF-8 fail with a message and exit 2, nothing on stdout', () => {
    const dir = fixtureDir({
      'empty.txt': '   \n',
      'bad.json': '{"text": ',
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]),
      'notes.docx': 'x',
    });
    const cases: Array<[string[], RegExp]> = [
      [['analyze', 'missing.txt'], /cannot read missing\.txt: no such file/],
      [['analyze', 'empty.txt'], /empty\.txt: text: The article text contains only whitespace/],
      [['analyze', 'bad.json'], /bad\.json is not valid JSON/],
      [['analyze', 'latin1.txt'], /latin1\.txt is not valid UTF-8/],
      [['analyze', 'notes.docx'], /unsupported file type "\.docx"/],
      [['analyze'], /needs at least one FILE/],
      [['analyze', '--format', 'xml', 'empty.txt'], /--format must be one of json, jsonl, md/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd: dir });
      expect({ args, status: result.status, stdout: result.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(result.stderr).toMatch(message);
    }
  });

  test('--format md prints the Markdown report of lib/export', () => {
    const result = runCli(['analyze', '--outlet', 'Wire', ...SEEDS, '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# /);
    expect(result.stdout).toContain('Wire');
    expect(() => JSON.parse(result.stdout)).toThrow();
  });

  test('--help prints the usage on stdout', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('parallax analyze --batch IN.jsonl');
  });

  test('package.json names bin/parallax.js as the parallax command', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ parallax: 'bin/parallax.js' });
  });
});

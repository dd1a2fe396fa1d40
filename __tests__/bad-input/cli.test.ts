// The bad-input suite through the CLI: each case as a --batch line and as files; a clear message with a
// non-zero exit and nothing on stdout, or a correct analysis.
import { fixtureDir, runCli } from '@/__tests__/cli/run-cli';
import type { Analysis } from '@/lib/contract/types';
import { TEXT_CASES } from './cases';

// Each test spawns the real CLI (process start, model load): allow for a busy CI machine.
jest.setTimeout(180_000);

function expectCorrect(analysis: Analysis, articles: number) {
  expect(analysis.articles).toHaveLength(articles);
  const ids: string[] = [];
  for (const article of analysis.articles)
    for (const claim of article.claims) {
      expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
      ids.push(claim.id);
    }
  expect(analysis.groups.flatMap((g) => g.claims).sort()).toEqual(ids.sort());
}

// The CLI has no 12-article limit (batch analysts may compare more); every other case is shared.
const cases = TEXT_CASES.filter((c) => c.name !== '13 articles');

describe('bad input through the CLI', () => {
  const lineOf = (testCase: (typeof cases)[number]) =>
    JSON.stringify({ id: testCase.name, articles: testCase.texts.map((text, i) => ({ outlet: `O${i + 1}`, text })) });

  test('as --batch lines: each bad line stops the run with its line number, before any output', () => {
    for (const testCase of cases.filter((c) => c.error)) {
      const dir = fixtureDir({ 'in.jsonl': `${JSON.stringify({ id: 'fine', articles: [{ text: 'Talks resumed.' }] })}\n${lineOf(testCase)}\n` });
      const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir });
      expect({ name: testCase.name, status: result.status, stdout: result.stdout }).toEqual({ name: testCase.name, status: 2, stdout: '' });
      expect(result.stderr).toMatch(/^parallax: in\.jsonl line 2: articles\.\d+\.text: /);
      expect(result.stderr).toMatch(testCase.error!.message);
    }
  });

  test('as --batch lines: the good cases in one file each get a correct analysis', () => {
    const good = cases.filter((c) => !c.error);
    const dir = fixtureDir({ 'in.jsonl': `${good.map(lineOf).join('\n')}\n` });
    const result = runCli(['analyze', '--batch', 'in.jsonl'], { cwd: dir });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis & { id: string });
    expect(lines.map((l) => l.id)).toEqual(good.map((c) => c.name));
    lines.forEach((analysis, i) => expectCorrect(analysis, good[i].texts.length));
  });

  test('as .txt files (the bad cases, and one good one: the good ones are all covered by the batch test)', () => {
    for (const testCase of cases.filter((c) => c.texts.length <= 2 && (c.error || c.name === 'non-English'))) {
      const files = Object.fromEntries(testCase.texts.map((text, i) => [`article-${i + 1}.txt`, text]));
      const result = runCli(['analyze', ...Object.keys(files)], { cwd: fixtureDir(files) });
      if (testCase.error) {
        expect({ name: testCase.name, status: result.status, stdout: result.stdout }).toEqual({ name: testCase.name, status: 2, stdout: '' });
        expect(result.stderr).toMatch(testCase.error.message);
      } else {
        expect({ name: testCase.name, status: result.status }).toEqual({ name: testCase.name, status: 0 });
        expectCorrect(JSON.parse(result.stdout), testCase.texts.length);
      }
    }
  });

  test('binary and invalid UTF-8 files, malformed JSON, a wrong file type', () => {
    const dir = fixtureDir({
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('caf\xe9 ouvert', 'latin1'),
      'broken.json': '{"text": "x",',
      'broken.jsonl': '{"id": 1, "articles": [{"text": "ok"}]}\n\n{"id": 2, "articles": [}\n',
      'sheet.xlsx': 'PK',
    });
    const cases: Array<[string[], RegExp]> = [
      [['analyze', 'image.txt'], /image\.txt is not valid UTF-8|binary control characters/],
      [['analyze', 'latin1.txt'], /latin1\.txt is not valid UTF-8/],
      [['analyze', 'broken.json'], /broken\.json is not valid JSON/],
      [['analyze', '--batch', 'broken.jsonl'], /broken\.jsonl line 3: invalid JSON/],
      [['analyze', 'sheet.xlsx'], /unsupported file type "\.xlsx"/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd: dir });
      expect({ args, status: result.status, stdout: result.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(result.stderr).toMatch(message);
    }
  });
});

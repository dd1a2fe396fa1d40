// `parallax check DRAFT REFERENCE...`: the real command, the same report as checkDraft() in lib.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '@/lib/check';
import { fixtureDir, ROOT, runCli } from './run-cli';

jest.setTimeout(180_000);

const original = readFileSync(join(ROOT, 'seeds', '000_68b51bf4a201928c.txt'), 'utf8');
const rival = readFileSync(join(ROOT, 'seeds', '004_8987d4694f22efb9.txt'), 'utf8');
const draft = original.replace('snap back into place after 30 days', 'snap back into place after 45 days');

describe('parallax check', () => {
  const dir = fixtureDir({ 'draft.txt': draft, 'wire.txt': original, 'rival.txt': rival });

  test('JSON: the same report as checkDraft(), outlets from the file names or --outlet', () => {
    const result = runCli(['check', 'draft.txt', 'wire.txt', 'rival.txt', '--outlet', 'Draft'], { cwd: dir });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const expected = checkDraft({ outlet: 'Draft', text: draft }, [{ outlet: 'wire', text: original }, { outlet: 'rival', text: rival }]);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.conflicts.some((c) => c.note === 'Draft: 45 days. wire: 30 days.')).toBe(true);
  });

  test('Markdown, and clear errors for a missing reference or a bad format', () => {
    const md = runCli(['check', 'draft.txt', 'wire.txt', '--format', 'md'], { cwd: dir });
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Draft check: /);
    expect(md.stdout).toContain('Draft: 45 days. wire: 30 days.');
    const alone = runCli(['check', 'draft.txt'], { cwd: dir });
    expect({ status: alone.status, stderr: alone.stderr }).toEqual({ status: 2, stderr: expect.stringMatching(/check needs a DRAFT and at least one REFERENCE/) });
    const jsonl = runCli(['check', 'draft.txt', 'wire.txt', '--format', 'jsonl'], { cwd: dir });
    expect(jsonl.status).toBe(2);
    const eight = runCli(['check', 'draft.txt', ...Array(8).fill('wire.txt')], { cwd: dir });
    expect({ status: eight.status, stderr: eight.stderr }).toEqual({ status: 2, stderr: expect.stringMatching(/1 to 7 references \(got 8\)/) });
  });
});

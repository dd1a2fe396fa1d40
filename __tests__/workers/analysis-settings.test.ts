import { availableParallelism } from 'node:os';
import { analysisDeadlineMs, analysisWorkerCount, htmlDeadlineMs, MIN_DEADLINE_MS } from '@/lib/workers/analysis-settings';

const text = (length: number) => ({ text: 'x'.repeat(length) });

describe('analysis deadline and pool size', () => {
  test('the deadline is the base once, and once more for every 20,000 characters', () => {
    expect(analysisDeadlineMs([text(10)], {})).toBe(2001);
    expect(analysisDeadlineMs([text(20_000), text(20_000)], {})).toBe(6000);
    expect(analysisDeadlineMs([text(200_000)], { PARALLAX_ANALYSIS_TIMEOUT_MS: '500' })).toBe(5500);
    expect(analysisDeadlineMs([{ title: 'y'.repeat(20_000), text: '' }], { PARALLAX_ANALYSIS_TIMEOUT_MS: '1000' })).toBe(2000);
  });

  test('reading HTML: the same base, once more for every 200,000 characters of the page', () => {
    expect(htmlDeadlineMs('x'.repeat(400_000), {})).toBe(6000);
    expect(htmlDeadlineMs('<p>x</p>', { PARALLAX_ANALYSIS_TIMEOUT_MS: '20' })).toBe(MIN_DEADLINE_MS);
  });

  test('never below the floor, however small the base', () => {
    expect(analysisDeadlineMs([text(100)], { PARALLAX_ANALYSIS_TIMEOUT_MS: '1' })).toBe(MIN_DEADLINE_MS);
  });

  test('pool size: PARALLAX_ANALYSIS_WORKERS, else one core left to the server, every core to the CLI', () => {
    expect(analysisWorkerCount('server', { PARALLAX_ANALYSIS_WORKERS: '3' })).toBe(3);
    expect(analysisWorkerCount('cli', { PARALLAX_ANALYSIS_WORKERS: '1' })).toBe(1);
    expect(analysisWorkerCount('server', {})).toBe(Math.max(1, availableParallelism() - 1));
    expect(analysisWorkerCount('cli', {})).toBe(availableParallelism());
  });

  test('a malformed setting fails loudly, naming it', () => {
    expect(() => analysisDeadlineMs([text(1)], { PARALLAX_ANALYSIS_TIMEOUT_MS: '2s' })).toThrow('PARALLAX_ANALYSIS_TIMEOUT_MS must be a positive number (got "2s")');
    expect(() => analysisWorkerCount('server', { PARALLAX_ANALYSIS_WORKERS: '0' })).toThrow('PARALLAX_ANALYSIS_WORKERS must be a positive whole number (got "0")');
    expect(() => analysisWorkerCount('server', { PARALLAX_ANALYSIS_WORKERS: '1.5' })).toThrow(/whole number/);
  });
});

// How many analysis workers run, and how long one analysis may take: read from the environment and
// checked, so a typo in a setting fails loudly instead of being ignored.
import { availableParallelism } from 'node:os';
import type { ArticleInput } from '../contract/types';

/** PARALLAX_ANALYSIS_TIMEOUT_MS unset: 2 s, plus 2 s for every 20,000 characters of article text. */
export const DEFAULT_TIMEOUT_MS = 2000;
export const CHARS_PER_TIMEOUT = 20_000;
export const HTML_CHARS_PER_TIMEOUT = 200_000;
/** Never less: a fresh worker's first analysis compiles the pipeline's hot code (JIT) on the way. */
export const MIN_DEADLINE_MS = 250;

type Env = Record<string, string | undefined>;

function positiveSetting(name: string, env: Env, integer: boolean): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    throw new Error(`parallax: ${name} must be a positive ${integer ? 'whole number' : 'number'} (got "${raw}")`);
  return value;
}

/**
 * The time one analysis may run: the base (PARALLAX_ANALYSIS_TIMEOUT_MS) once, and once more for every
 * 20,000 characters. The pipeline is linear in its input, so a fixed multiple of the base per size is
 * generous for every honest input (normal throughput is about 100,000 characters/s per core) and still
 * stops a runaway one. At least MIN_DEADLINE_MS.
 */
export function analysisDeadlineMs(articles: ArticleInput[], env: Env = process.env): number {
  const base = positiveSetting('PARALLAX_ANALYSIS_TIMEOUT_MS', env, false) ?? DEFAULT_TIMEOUT_MS;
  const characters = articles.reduce((sum, article) => sum + article.text.length + (article.title?.length ?? 0), 0);
  return Math.max(MIN_DEADLINE_MS, Math.round(base * (1 + characters / CHARS_PER_TIMEOUT)));
}

/**
 * Reading a page (Readability on linkedom) goes at about 1,000,000 characters of HTML per second: the
 * same base, once more for every 200,000 characters. A page of nested elements can take far longer.
 */
export function htmlDeadlineMs(html: string, env: Env = process.env): number {
  const base = positiveSetting('PARALLAX_ANALYSIS_TIMEOUT_MS', env, false) ?? DEFAULT_TIMEOUT_MS;
  return Math.max(MIN_DEADLINE_MS, Math.round(base * (1 + html.length / HTML_CHARS_PER_TIMEOUT)));
}

/**
 * PARALLAX_ANALYSIS_WORKERS, else: the web server leaves one core to its request thread, so reads keep
 * answering while every worker is busy; the CLI's main thread only writes output, so it uses every core.
 */
export function analysisWorkerCount(role: 'server' | 'cli', env: Env = process.env): number {
  const set = positiveSetting('PARALLAX_ANALYSIS_WORKERS', env, true);
  if (set !== undefined) return set;
  const cores = availableParallelism();
  return role === 'cli' ? cores : Math.max(1, cores - 1);
}

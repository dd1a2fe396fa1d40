import type { StoredArticleInput } from '../comparisons/types';
import { jobSettings } from './settings';

/**
 * How a new comparison is analysed: `now`, within the request (in a worker thread, under its deadline),
 * when it is small (at most PARALLAX_INLINE_ANALYSIS_CHARS characters) and this instance runs analysis
 * workers itself; otherwise `queued`, for the workers. With PARALLAX_WORKERS=0 an instance never
 * analyses: every comparison is queued.
 */
export function analysisModeFor(articles: StoredArticleInput[], env: Record<string, string | undefined> = process.env): 'now' | 'queued' {
  const settings = jobSettings(env);
  const characters = articles.reduce((sum, a) => sum + a.text.length + (a.title?.length ?? 0), 0);
  return settings.inProcessWorkers > 0 && characters <= settings.inlineAnalysisChars ? 'now' : 'queued';
}

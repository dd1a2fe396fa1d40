// How analysis jobs run: read from the environment and checked, so a typo fails loudly.
type Env = Record<string, string | undefined>;

function wholeSetting(name: string, fallback: number, env: Env, min = 0): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`parallax: ${name} must be a whole number of at least ${min} (got "${raw}")`);
  return value;
}

export interface JobSettings {
  /** Analysis workers this app instance runs itself (PARALLAX_WORKERS; 0: none, leave it to `parallax worker`). */
  inProcessWorkers: number;
  /** Attempts after the first before a comparison is `failed` (PARALLAX_JOB_RETRIES). */
  retries: number;
  /** Seconds before the first retry, doubling with each further one (PARALLAX_JOB_RETRY_DELAY_SECONDS). */
  retryDelaySeconds: number;
  /** A job running longer than this is taken as lost (its worker died) and retried (PARALLAX_JOB_EXPIRE_SECONDS). */
  expireSeconds: number;
  /** How often an idle worker looks for jobs, and how often lost jobs are looked for (PARALLAX_JOB_POLL_SECONDS). */
  pollSeconds: number;
  /** A comparison of at most this many characters is analysed within the request when this instance runs workers (PARALLAX_INLINE_ANALYSIS_CHARS). */
  inlineAnalysisChars: number;
}

export function jobSettings(env: Env = process.env): JobSettings {
  return {
    inProcessWorkers: wholeSetting('PARALLAX_WORKERS', 1, env),
    retries: wholeSetting('PARALLAX_JOB_RETRIES', 3, env),
    retryDelaySeconds: wholeSetting('PARALLAX_JOB_RETRY_DELAY_SECONDS', 5, env, 1),
    expireSeconds: wholeSetting('PARALLAX_JOB_EXPIRE_SECONDS', 900, env, 1),
    pollSeconds: wholeSetting('PARALLAX_JOB_POLL_SECONDS', 2, env, 1),
    inlineAnalysisChars: wholeSetting('PARALLAX_INLINE_ANALYSIS_CHARS', 20_000, env),
  };
}

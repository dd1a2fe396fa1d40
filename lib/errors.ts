// Typed application errors: every entry point (page, action, route, CLI) turns them into a clear message.
export type AppErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'UNAUTHORIZED'
  | 'FETCH_FAILED'
  | 'ANALYSIS_TIMEOUT'
  | 'ANALYSIS_BUSY'
  | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly status: number = 400,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const APP_ERROR_CODES: ReadonlySet<string> = new Set<AppErrorCode>([
  'INVALID_INPUT', 'NOT_FOUND', 'TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'RATE_LIMITED', 'UNAUTHORIZED', 'FETCH_FAILED',
  'ANALYSIS_TIMEOUT', 'ANALYSIS_BUSY', 'INTERNAL',
]);

/**
 * Recognised by its code and status, not `instanceof`: Next bundles lib/ into several chunks, so an
 * AppError thrown by a module cached on globalThis (the rate limiter) may come from another copy of the
 * class, and `instanceof` would turn its 429 into a 500.
 */
export const isAppError = (error: unknown): error is AppError =>
  error instanceof AppError ||
  (typeof error === 'object' && error !== null &&
    (error as { name?: unknown }).name === 'AppError' &&
    APP_ERROR_CODES.has(String((error as { code?: unknown }).code)) &&
    typeof (error as { status?: unknown }).status === 'number');

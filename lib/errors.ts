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

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

// An error the user can fix (bad arguments, unreadable file, bad input): printed without a stack trace.
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    /** The underlying failure, printed with its stack when PARALLAX_DEBUG=1. */
    readonly underlying?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

// Errors that mean "the database is not there right now" (starting, restarting, network down), as
// opposed to a wrong URL, password or schema: the first kind is worth waiting out, the second is not.
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03']);

export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e = error as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code && CODES.has(e.code)) return true;
    if (/Connection terminated|the database system is (starting up|shutting down)|Can't reach database server/i.test(e.message ?? '')) return true;
  }
  return false;
}

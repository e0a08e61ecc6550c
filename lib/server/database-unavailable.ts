import 'server-only';
// Recognises "the database cannot be reached" among the errors Prisma (pg adapter), pg and PostgreSQL throw,
// so the one error mapping answers 503 DATABASE_UNAVAILABLE with one rate-limited log line instead of a 500
// and a stack per request (docs/decisions/020-database-outages-and-embedded-postgres.md).

/** Prisma: can't reach server, server closed the connection, timed out fetching a connection from the pool. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** The pg adapter's own kinds for socket failures (surfaced in `meta.driverAdapterError.cause.kind`). */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** Node socket errors and PostgreSQL SQLSTATEs (class 08 connection exception, shutdown, too many connections). */
const ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
/** pg's own messages when a connection dies without a code. */
const MESSAGES = [/Connection terminated/i, /Can't reach database server/i, /timeout exceeded when trying to connect/i];

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  const code = field(error, 'code') ?? field(error, 'errorCode');
  if (typeof code === 'string' && (PRISMA_CODES.has(code) || ERROR_CODES.has(code))) return true;
  const adapterCause = field(field(field(error, 'meta'), 'driverAdapterError'), 'cause');
  const kind = field(adapterCause, 'kind');
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (kind === 'postgres' && ERROR_CODES.has(String(field(adapterCause, 'code')))) return true;
  const message = field(error, 'message');
  if (typeof message === 'string' && code === undefined && MESSAGES.some((m) => m.test(message))) return true;
  return isDatabaseUnavailable(field(error, 'cause'), depth + 1);
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unreachable. Your saved work is safe; please try again in a minute.';

/** Logs at most one line per interval while the database is down, however many requests fail. */
export function createOutageLog(opts: { intervalMs: number; now: () => number; write: (line: string) => void }) {
  let lastLogged = -Infinity;
  let suppressed = 0;
  return (error: unknown): void => {
    const at = opts.now();
    if (at - lastLogged < opts.intervalMs) {
      suppressed += 1;
      return;
    }
    const detail = error instanceof Error ? error.message.split('\n').filter(Boolean).pop() : String(error);
    const more = suppressed ? ` (${suppressed} more failed requests since the last line)` : '';
    opts.write(`[db] database unreachable: ${detail ?? 'no detail'}; answering 503${more}`);
    lastLogged = at;
    suppressed = 0;
  };
}

export const logDatabaseUnavailable = createOutageLog({ intervalMs: 10_000, now: () => Date.now(), write: (line) => console.error(line) });

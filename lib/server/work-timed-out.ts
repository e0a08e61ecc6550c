import 'server-only';
// A transaction that ran past its time limit (Prisma P2028: "Transaction already closed", "expired
// transaction") or a statement PostgreSQL cancelled (57014) has been rolled back: nothing was saved. That is
// not a bug to hide behind a 500; the client is told so, and that it may retry (a huge import on a busy server).

const PRISMA_TRANSACTION_CODES = new Set(['P2028']);
const SQLSTATES = new Set(['57014']);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

export function isWorkTimedOut(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  const code = field(error, 'code');
  if (typeof code === 'string' && (PRISMA_TRANSACTION_CODES.has(code) || SQLSTATES.has(code))) return true;
  const original = field(field(field(field(error, 'meta'), 'driverAdapterError'), 'cause'), 'originalCode');
  if (typeof original === 'string' && SQLSTATES.has(original)) return true;
  return isWorkTimedOut(field(error, 'cause'), depth + 1);
}

export const WORK_TIMED_OUT_MESSAGE =
  'This took longer than the server allows and was undone: nothing was saved. Try again when the server is less busy, or send a smaller file.';

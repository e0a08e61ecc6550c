import 'server-only';
// PostgreSQL's class 22 ("data exception") means the database refused a value the input boundary should
// have refused first: a bad character, text that is not a number, a value too long. It is the client's input,
// so it is a 400 with a plain message, never a 500 (decision 018). One warning line marks the boundary gap.

const MESSAGES: Record<string, string> = {
  '22021': 'The text contains a character that cannot be stored (such as NUL, U+0000).',
  '22P02': 'A value has the wrong form (for example, text where a number or an id belongs).',
  '22P05': 'The text contains a character that cannot be stored.',
  '22001': 'A text is longer than the field allows.',
  '22003': 'A number is out of range.',
  '22007': 'A date or time has the wrong form.',
  '22008': 'A date or time is out of range.',
};

/** The SQLSTATE of a database error: from Prisma's driver-adapter error, or from a pg error thrown directly. */
export function sqlStateOf(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const adapterCode = meta?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCode === 'string') return adapterCode;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** The user message for a class-22 database error, or null for any other error. */
export function databaseDataErrorMessage(error: unknown): string | null {
  const state = sqlStateOf(error);
  if (!state?.startsWith('22')) return null;
  console.warn(`[db] refused a value (SQLSTATE ${state}); the input boundary let it through`);
  return MESSAGES[state] ?? 'A value was refused as invalid.';
}

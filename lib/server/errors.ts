import 'server-only';
import { FORMAT_ERROR_APP_CODE, FormatError } from '@/lib/formats/format-error';
import { IMPORT_ERROR_APP_CODE, ImportError } from '@/lib/import/import-error';
import { databaseDataErrorMessage } from './database-data-error';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, logDatabaseUnavailable } from './database-unavailable';
import { isWorkTimedOut, WORK_TIMED_OUT_MESSAGE } from './work-timed-out';

// Expected errors are typed codes with one mapping to HTTP status and a user message (house style, habit 6).

export const errorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  DOCUMENT_LOCKED: 409,
  FOUR_EYES: 403,
  REASON_REQUIRED: 400,
  BEADS_PENDING: 422,
  ALREADY_EXISTS: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  INVALID_OPERATION: 422,
  INVALID_TRANSITION: 422,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UPSTREAM_FAILED: 502,
  DATABASE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = 'That page'): AppError => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.'): AppError => new AppError('FORBIDDEN', message);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Errors from pure modules carry a string `code`; map the ones we know onto AppError. */
export function toAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof FormatError) return new AppError(FORMAT_ERROR_APP_CODE[error.code], error.message);
  if (error instanceof ImportError) return new AppError(IMPORT_ERROR_APP_CODE[error.code], error.userMessage);
  const dataError = databaseDataErrorMessage(error);
  if (dataError) return new AppError('INVALID_INPUT', dataError);
  if (isDatabaseUnavailable(error)) {
    logDatabaseUnavailable(error);
    return new AppError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
  }
  if (isWorkTimedOut(error)) return new AppError('SERVER_BUSY', WORK_TIMED_OUT_MESSAGE);
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    const message = error instanceof Error ? error.message : code;
    if (code in errorStatus) return new AppError(code as ErrorCode, message);
    if (code === 'ALIGNMENT_TOO_LARGE') return new AppError('TOO_LARGE', message);
  }
  return null;
}

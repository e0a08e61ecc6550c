// Expected failures of the editor operations. The codes are names lib/server/errors.ts already maps
// (`toAppError`): NOT_FOUND → 404, INVALID_OPERATION → 422, VERSION_CONFLICT → 409 (the alignment changed under
// a stored patch).

export type OperationErrorCode = 'NOT_FOUND' | 'INVALID_OPERATION' | 'VERSION_CONFLICT';

export class OperationError extends Error {
  readonly code: OperationErrorCode;

  constructor(code: OperationErrorCode, message: string) {
    super(message);
    this.name = 'OperationError';
    this.code = code;
  }
}

export function notFound(message: string): OperationError {
  return new OperationError('NOT_FOUND', message);
}

export function invalidOperation(message: string): OperationError {
  return new OperationError('INVALID_OPERATION', message);
}

export function isOperationError(error: unknown): error is OperationError {
  return error instanceof OperationError;
}

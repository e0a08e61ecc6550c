import { toAppError, type AppError } from '@/lib/server/errors';

/** The typed error a call fails with, as the API would map it; a call that succeeds fails the test. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    const known = toAppError(error);
    if (known) return known;
    throw error;
  }
  throw new Error('expected a failure');
}

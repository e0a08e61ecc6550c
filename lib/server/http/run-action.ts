import 'server-only';
import { z } from 'zod';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import type { Outcome } from '@/lib/http/api-outcome';
import { AppError, errorStatus, toAppError, type ErrorCode } from '@/lib/server/errors';
import { localizedErrorMessage } from '@/lib/server/i18n/error-message';
import { localeForError } from '@/lib/server/i18n/error-locale';
import { zodMessage } from './api-handler';
import { assertCleanText } from './text-input';

// Every server action goes through here: the caller is resolved first and errors come back as a message the
// form can show, never as a thrown exception with server details. The action's arguments are required so the
// text boundary (decision 018) cannot be forgotten: NUL or a lone surrogate anywhere in them is refused.
// The answer has the browser's one result shape, `Outcome` (decision 031, item 3), sorted the way `callApi`
// sorts an HTTP answer: a version conflict is 'conflict'; a failure on our side (INTERNAL, or a code whose
// status is 5xx) is 'network', as a 5xx answer is for `callApi`; every other code is 'refused' with its status.

export function failureOutcome(code: ErrorCode | 'INTERNAL', message: string): Outcome<never> {
  if (code === 'VERSION_CONFLICT') return { ok: false, kind: 'conflict', message };
  const status = code === 'INTERNAL' ? 500 : errorStatus[code];
  if (status >= 500) return { ok: false, kind: 'network', message };
  return { ok: false, kind: 'refused', status, message };
}

export async function runAction<T>(fn: (user: SessionUser) => Promise<T>, args: unknown[]): Promise<Outcome<T>> {
  let user: SessionUser | null = null;
  try {
    for (const arg of args) assertCleanText(arg);
    user = await getSession();
    if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has expired. Sign in again.');
    return { ok: true, data: await fn(user) };
  } catch (error) {
    const known = error instanceof z.ZodError ? new AppError('INVALID_INPUT', zodMessage(error)) : toAppError(error);
    if (!known) console.error('[action] unexpected error', error);
    const failure = known ?? { code: 'INTERNAL' as const, message: 'Something went wrong on our side. Please try again.' };
    // The message in the caller's language (decision 030).
    return failureOutcome(failure.code, localizedErrorMessage(failure, await localeForError(user)));
  }
}

import 'server-only';
import { z } from 'zod';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { AppError, toAppError } from '@/lib/server/errors';
import { localizedErrorMessage } from '@/lib/server/i18n/error-message';
import { localeForError } from '@/lib/server/i18n/request-locale';
import { zodMessage } from './api-handler';
import { assertCleanText } from './text-input';

// Every server action goes through here: the caller is resolved first and errors come back as a message the
// form can show, never as a thrown exception with server details. The action's arguments are required so the
// text boundary (decision 018) cannot be forgotten: NUL or a lone surrogate anywhere in them is refused.

export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; code: string; error: string };

export async function runAction<T>(fn: (user: SessionUser) => Promise<T>, args: unknown[]): Promise<ActionResult<T>> {
  let user: SessionUser | null = null;
  try {
    for (const arg of args) assertCleanText(arg);
    user = await getSession();
    if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has expired. Sign in again.');
    return { ok: true, data: await fn(user) };
  } catch (error) {
    const known = error instanceof z.ZodError ? new AppError('INVALID_INPUT', zodMessage(error)) : toAppError(error);
    if (!known) console.error('[action] unexpected error', error);
    const failure = known ?? { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
    // The message in the caller's language (decision 030); the code stays as it is.
    return { ok: false, code: failure.code, error: localizedErrorMessage(failure, await localeForError(user)) };
  }
}

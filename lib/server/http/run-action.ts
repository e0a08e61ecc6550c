import 'server-only';
import { z } from 'zod';
import { getSession, type SessionUser } from '@/lib/server/auth/session';
import { AppError, toAppError } from '@/lib/server/errors';
import { zodMessage } from './api-handler';
import { assertCleanText } from './text-input';

// Every server action goes through here: the caller is resolved first and errors come back as a message the
// form can show, never as a thrown exception with server details. The action's arguments are required so the
// text boundary (decision 018) cannot be forgotten: NUL or a lone surrogate anywhere in them is refused.

export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; code: string; error: string };

export async function runAction<T>(fn: (user: SessionUser) => Promise<T>, args: unknown[]): Promise<ActionResult<T>> {
  try {
    for (const arg of args) assertCleanText(arg);
    const user = await getSession();
    if (!user) throw new AppError('UNAUTHENTICATED', 'Your session has expired. Sign in again.');
    return { ok: true, data: await fn(user) };
  } catch (error) {
    if (error instanceof z.ZodError) return { ok: false, code: 'INVALID_INPUT', error: zodMessage(error) };
    const known = toAppError(error);
    if (known) return { ok: false, code: known.code, error: known.message };
    console.error('[action] unexpected error', error);
    return { ok: false, code: 'INTERNAL', error: 'Something went wrong on our side. Please try again.' };
  }
}

'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { safeCallbackPath } from '@/lib/http/safe-callback-path';
import { signInWithPassword } from '@/lib/server/auth/sign-in-with-password';
import { primaryAppOrigin } from '@/lib/server/http/app-origins';

export interface SignInFormState {
  error?: string;
  /** Echoed back so a refused sign-in keeps what was typed (never the password). */
  email?: string;
}

const schema = z.object({
  email: z.string().trim().min(1, 'missing').max(320, 'emailTooLong'),
  password: z.string().min(1, 'missing').max(1024, 'passwordTooLong'),
  callbackUrl: z.string().max(2048).optional(),
});

// The sign-in form's action. It is a POST (multipart) with or without JavaScript, so credentials never
// appear in a URL; errors come back as form state, which React renders without JavaScript too.
export async function signInAction(_previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const parsed = schema.safeParse({
    email: form.get('email') ?? '',
    password: form.get('password') ?? '',
    callbackUrl: form.get('callbackUrl') ?? undefined,
  });
  const email = typeof form.get('email') === 'string' ? String(form.get('email')).slice(0, 320) : '';
  const t = await getTranslations('signin');
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message;
    return { error: t(key === 'emailTooLong' || key === 'passwordTooLong' ? key : 'missing'), email };
  }
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (!outcome.ok) return { error: refusalText(outcome.message, t), email };
  redirect(safeCallbackPath(parsed.data.callbackUrl, primaryAppOrigin(await headers()), '/projects'));
}

/**
 * next-auth passes our refusals on as English text (decision 016); the two we write are put into the reader's
 * language here, anything else is the generic line.
 */
function refusalText(message: string, t: Awaited<ReturnType<typeof getTranslations<'signin'>>>): string {
  if (message === 'Wrong email or password.') return t('CredentialsSignin');
  const locked = /^Too many failed sign-ins\. Try again in (\d+) minute/.exec(message);
  if (locked) return t('locked', { minutes: Number(locked[1]) });
  return t('failed');
}

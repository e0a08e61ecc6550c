'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
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
  email: z.string().trim().min(1, 'Enter your email and password.').max(320, 'That email address is too long.'),
  password: z.string().min(1, 'Enter your email and password.').max(1024, 'That password is too long.'),
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
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Enter your email and password.', email };
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (!outcome.ok) return { error: outcome.message, email };
  redirect(safeCallbackPath(parsed.data.callbackUrl, primaryAppOrigin(await headers()), '/projects'));
}

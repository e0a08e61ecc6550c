'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction, type SignInFormState } from '../actions';

// A real form posting to a server action (React renders it as method="POST"): it signs in before React
// hydrates and without JavaScript at all, and the password never lands in a URL. Errors come back as form
// state and render either way.
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations('signin');
  const [state, formAction, pending] = useActionState<SignInFormState, FormData>(signInAction, { error: initialError });
  return (
    <form className="stack panel" action={formAction} aria-describedby={state.error ? 'signin-error' : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label>
        {t('email')}
        <input name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {state.error && (
        <p id="signin-error" role="alert" className="error">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}

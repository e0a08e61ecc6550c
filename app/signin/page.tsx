import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/lib/http/safe-callback-path';
import { getSession } from '@/lib/server/auth/session';
import { primaryAppOrigin } from '@/lib/server/http/app-origins';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

// Only fixed texts for `?error=`: the query string is the attacker's to write, so it never reaches the page.
const ERROR_TEXT: Record<string, string> = {
  SessionRequired: 'Sign in to continue.',
  CredentialsSignin: 'Wrong email or password.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const { callbackUrl, error } = await searchParams;
  const safeCallback = safeCallbackPath(typeof callbackUrl === 'string' ? callbackUrl : undefined, primaryAppOrigin(await headers()), '/projects');
  if (await getSession()) redirect(safeCallback);
  const errorText = typeof error === 'string' ? (ERROR_TEXT[error] ?? 'Signing in did not work. Please try again.') : undefined;
  return (
    <main className="narrow">
      <h1>Sign in to Bitext Desk</h1>
      <SignInForm callbackUrl={safeCallback} initialError={errorText} />
    </main>
  );
}

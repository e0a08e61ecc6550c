import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/lib/http/safe-callback-path';
import { getSession } from '@/lib/server/auth/session';
import { primaryAppOrigin } from '@/lib/server/http/app-origins';
import { SignInForm } from './_components/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signin'))('title') };
}

// Only fixed texts for `?error=`: the query string is the attacker's to write, so it never reaches the page.
const ERROR_KEYS = ['SessionRequired', 'CredentialsSignin'] as const;
type ErrorKey = (typeof ERROR_KEYS)[number];
const isErrorKey = (value: string): value is ErrorKey => (ERROR_KEYS as readonly string[]).includes(value);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const safeCallback = safeCallbackPath(
    typeof callbackUrl === 'string' ? callbackUrl : undefined,
    primaryAppOrigin(await headers()),
    '/projects',
  );
  if (await getSession()) redirect(safeCallback);
  const t = await getTranslations('signin');
  const errorText = typeof error === 'string' ? t(isErrorKey(error) ? error : 'failed') : undefined;
  return (
    <main className="narrow">
      <h1>{t('heading')}</h1>
      <SignInForm callbackUrl={safeCallback} initialError={errorText} />
    </main>
  );
}

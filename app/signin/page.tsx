import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSession } from '@/lib/server/auth/session';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const safeCallback = callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/projects';
  if (await getSession()) redirect(safeCallback);
  return (
    <main className="narrow">
      <h1>Sign in to Bitext Desk</h1>
      <SignInForm callbackUrl={safeCallback} initialError={error === 'SessionRequired' ? 'Sign in to continue.' : undefined} />
    </main>
  );
}

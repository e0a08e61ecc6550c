'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { signOutEverywhereAction } from '@/app/account/tokens/actions';

export function SignOutButton() {
  const t = useTranslations('nav');
  return (
    <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: '/signin' })}>
      {t('signOut')}
    </button>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations('nav');
  async function onClick() {
    const result = await signOutEverywhereAction();
    if (result.ok) await signOut({ callbackUrl: '/signin' });
  }
  return (
    <button type="button" className="secondary" onClick={onClick}>
      {t('signOutEverywhere')}
    </button>
  );
}

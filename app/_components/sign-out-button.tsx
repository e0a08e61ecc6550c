'use client';

import { signOut } from 'next-auth/react';
import { signOutEverywhereAction } from '@/app/account/tokens/actions';

export function SignOutButton() {
  return (
    <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: '/signin' })}>
      Sign out
    </button>
  );
}

export function SignOutEverywhereButton() {
  async function onClick() {
    const result = await signOutEverywhereAction();
    if (result.ok) await signOut({ callbackUrl: '/signin' });
  }
  return (
    <button type="button" className="secondary" onClick={onClick}>
      Sign out everywhere
    </button>
  );
}

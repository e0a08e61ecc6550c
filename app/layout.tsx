import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getSession } from '@/lib/server/auth/session';
import { HydrationMark } from './_components/hydration-mark';
import { SignOutButton } from './_components/sign-out-button';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Bitext Desk', template: '%s · Bitext Desk' },
  description: 'Align, review and export Korean–English article pairs as translation memory.',
  icons: {
    icon: [{ url: '/favicon.ico', sizes: '32x32' }, { url: '/icon.svg', type: 'image/svg+xml' }],
    apple: '/icon-192.png',
  },
  manifest: '/manifest.webmanifest',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getSession();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="top">
          <Link href="/projects" className="brand">Bitext Desk</Link>
          <nav aria-label="Main">
            {user && <Link href="/projects">Projects</Link>}
            {user && <Link href="/queue">My queue</Link>}
            {user && <Link href="/review">Review queue</Link>}
            {user && <Link href="/account/tokens">API tokens</Link>}
            {user?.isAdmin && <Link href="/admin">Admin</Link>}
          </nav>
          {user && (
            <div className="who">
              <span data-testid="signed-in-as">{user.name}<span className="who-email"> · {user.email}</span></span>
              <SignOutButton />
            </div>
          )}
        </header>
        <div id="main">{children}</div>
        <HydrationMark />
      </body>
    </html>
  );
}

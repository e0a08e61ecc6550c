import type { Metadata } from 'next';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getSession } from '@/lib/server/auth/session';
import { HydrationMark } from './_components/hydration-mark';
import { LanguageSwitch } from './_components/language-switch';
import { SignOutButton } from './_components/sign-out-button';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    title: { default: 'Bitext Desk', template: '%s · Bitext Desk' },
    description: t('description'),
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: '/icon-192.png',
    },
    manifest: '/manifest.webmanifest',
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale, t] = await Promise.all([getSession(), getLocale(), getTranslations('nav')]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skip')}
          </a>
          <header className="top">
            <Link href="/projects" className="brand">
              Bitext Desk
            </Link>
            <nav aria-label={t('main')}>
              {user && <Link href="/projects">{t('projects')}</Link>}
              {user && <Link href="/queue">{t('myQueue')}</Link>}
              {user && <Link href="/review">{t('reviewQueue')}</Link>}
              {user && <Link href="/concordance">{t('concordance')}</Link>}
              {user && <Link href="/account/tokens">{t('apiTokens')}</Link>}
              {user?.isAdmin && <Link href="/admin">{t('admin')}</Link>}
            </nav>
            <div className="who">
              <LanguageSwitch />
              {user && (
                <>
                  <Link href="/account" data-testid="signed-in-as" title={t('account')}>
                    {user.name}
                    <span className="who-email"> · {user.email}</span>
                  </Link>
                  <SignOutButton />
                </>
              )}
            </div>
          </header>
          <div id="main">{children}</div>
          <HydrationMark />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

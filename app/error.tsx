'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

// Production builds hide a server error's message from the browser, so the page asks /api/ready whether the
// database is the cause and says so (docs/decisions/020-database-outages-and-embedded-postgres.md).
type Cause = 'unknown' | 'database' | 'other';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  const [cause, setCause] = useState<Cause>('unknown');
  useEffect(() => {
    let live = true;
    fetch('/api/ready', { cache: 'no-store' })
      .then((res) => res.json() as Promise<{ error?: { code?: string } }>)
      .then((body) => live && setCause(body.error?.code === 'DATABASE_UNAVAILABLE' ? 'database' : 'other'))
      .catch(() => live && setCause('other'));
    return () => {
      live = false;
    };
  }, [error]);
  if (cause === 'database') {
    return (
      <main className="narrow">
        <h1>{t('databaseHeading')}</h1>
        <p role="alert" className="error">
          {t('databaseText')}
        </p>
        <button type="button" onClick={reset}>
          {t('retry')}
        </button>
      </main>
    );
  }
  return (
    <main className="narrow">
      <h1>{t('heading')}</h1>
      <p role="alert" className="error">
        {t('text')}
      </p>
      {error.digest && <p className="muted">{t('reference', { digest: error.digest })}</p>}
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </main>
  );
}

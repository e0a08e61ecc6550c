'use client';

import { useEffect, useState } from 'react';

// Production builds hide a server error's message from the browser, so the page asks /api/ready whether the
// database is the cause and says so (docs/decisions/020-database-outages-and-embedded-postgres.md).
type Cause = 'unknown' | 'database' | 'other';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
        <h1>The database is unreachable</h1>
        <p role="alert" className="error">
          Bitext Desk cannot reach its database right now. Your saved work is safe; try again in a minute. If this
          lasts, ask your administrator to check the database server.
        </p>
        <button type="button" onClick={reset}>Try again</button>
      </main>
    );
  }
  return (
    <main className="narrow">
      <h1>Something went wrong</h1>
      <p role="alert" className="error">The page could not be shown. Your saved work is not affected.</p>
      {error.digest && <p className="muted">Reference: {error.digest}</p>}
      <button type="button" onClick={reset}>Try again</button>
    </main>
  );
}

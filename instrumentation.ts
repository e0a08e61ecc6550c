// Next calls register() once when a server process starts: unless BITEXT_WORKERS=off, a background job worker runs
// inside the app server, so `npm run dev` / `npm start` need no second process. With it off, `npm run worker`
// processes do the work (docs/deploy.md, decision 042).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return; // the runtime's own flag, set by Next, not configuration
  const { env } = await import('./lib/env');
  if (env.BITEXT_WORKERS === 'off') return;
  const { startWorkers } = await import('./lib/server/jobs/start-workers');
  await startWorkers().catch((error: unknown) => console.error('[jobs] workers did not start', error));
}

// Next calls register() once when a server process starts: the background job workers run inside the app
// server, so `npm run dev` / `npm start` need no second process.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startWorkers } = await import('./lib/server/jobs/start-workers');
  await startWorkers().catch((error: unknown) => console.error('[jobs] workers did not start', error));
}

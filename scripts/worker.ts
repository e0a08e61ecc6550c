import { env } from '../lib/env';
import { migrate } from '../lib/server/migrate';
import { resolveDatabase } from './lib/database';

// `npm run worker`: a background job worker without the web server (decision 042, docs/deploy.md). It takes the
// same DATABASE_URL as the web instances (or the embedded database in development), applies pending migrations
// under the same advisory lock, and works pg-boss's queues until SIGINT/SIGTERM, then finishes the job in hand.
async function main(): Promise<void> {
  const database = await resolveDatabase();
  env.DATABASE_URL = database.url; // lib/server/db.ts and the job queue read it on first use, below
  const result = await migrate(database.url);
  if (result.applied.length) console.log(`[db] Applied migrations: ${result.applied.join(', ')}`);
  const { startWorkers } = await import('../lib/server/jobs/start-workers');
  const { jobQueue } = await import('../lib/server/jobs/job-queue');
  await startWorkers();
  console.log('[worker] ready: working background jobs (imports) from the shared queue');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('[worker] stopping after the jobs in hand');
    await (await jobQueue()).stop({ graceful: true, timeout: 30_000 });
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : `The worker did not start: ${String(error)}`);
  process.exit(1);
});

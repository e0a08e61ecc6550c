import { migrate } from '../lib/server/migrate';
import { resolveDatabase } from './lib/database';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
const db = await resolveDatabase();
try {
  const result = await migrate(db.url);
  console.log(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
      : `Database is up to date (${result.alreadyApplied} migration(s) applied).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.stop();
}

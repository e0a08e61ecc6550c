import 'server-only';
import path from 'node:path';
import { db } from '@/lib/server/db';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';
import { listMigrations } from '@/lib/server/migrate';

// GET /api/ready: the database answers and every migration in prisma/migrations is applied. Load balancers
// route traffic only to instances that are ready; /api/health (liveness) never touches the database.

export type Readiness =
  | { ready: true; migrations: { applied: number } }
  | { ready: false; error: { code: 'DATABASE_UNAVAILABLE' | 'MIGRATIONS_PENDING'; message: string; pending?: string[] } };

export async function checkReadiness(migrationsDir = path.resolve('prisma/migrations')): Promise<Readiness> {
  const expected = listMigrations(migrationsDir).map((m) => m.name);
  let applied: Set<string>;
  try {
    const [table] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`;
    const rows = table?.present
      ? await db.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
      : [];
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ready: false, error: { code: 'DATABASE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE } };
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length) {
    const message = `${pending.length} migration(s) not applied yet: run \`npm run db:migrate\` (or restart with \`npm start\`).`;
    return { ready: false, error: { code: 'MIGRATIONS_PENDING', message, pending } };
  }
  return { ready: true, migrations: { applied: expected.length } };
}

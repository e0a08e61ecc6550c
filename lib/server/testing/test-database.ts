import path from 'node:path';
import pg from 'pg';
import { env } from '@/lib/env';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/server/embedded-postgres';
import { migrate } from '@/lib/server/migrate';

// Tests get their own freshly created database, on the DATABASE_URL server when one is configured, or on a
// separate embedded PostgreSQL (its own data directory and port, so a running dev server is not touched).
export const TEST_PG_PORT = 54339;

export async function freshTestDatabase(name: string): Promise<EmbeddedDatabase> {
  let server: EmbeddedDatabase;
  if (env.DATABASE_URL) {
    server = { url: env.DATABASE_URL, stop: async () => undefined };
  } else {
    server = await startEmbeddedPostgres({ dataDir: path.join(env.BITEXT_DATA_DIR, 'pg-test'), port: TEST_PG_PORT, database: 'postgres' });
  }
  const admin = new URL(server.url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  await migrate(url.toString(), path.resolve('prisma/migrations'));
  return { url: url.toString(), stop: server.stop };
}

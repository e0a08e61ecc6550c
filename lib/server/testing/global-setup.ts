import pg from 'pg';
import { freshTestDatabase } from './test-database';

// Vitest global setup for integration tests: one fresh, migrated database per run (named after the process,
// so two runs on one machine never collide), dropped at the end. Workers start after this and inherit
// DATABASE_URL. The embedded server, if this run started it, stops at the end.
export default async function setup(): Promise<() => Promise<void>> {
  const name = `bitext_test_${process.pid}`;
  const database = await freshTestDatabase(name);
  process.env.DATABASE_URL = database.url;
  return async () => {
    const admin = new URL(database.url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    const others = await client.query("SELECT 1 FROM pg_database WHERE datname LIKE 'bitext\\_test\\_%'");
    await client.end();
    if (others.rowCount === 0) await database.stop(); // another run still uses the server otherwise
  };
}

import pg from 'pg';
import { freshTestDatabase } from './test-database';

// Vitest global setup for integration tests: one fresh, migrated database per run, named after the process
// so two runs on one machine never collide, dropped at the end (with those of runs that died). Workers
// start after this and inherit DATABASE_URL. The embedded server stops at the end unless another run
// still uses it.

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function testDatabases(client: pg.Client): Promise<{ name: string; pid: number }[]> {
  const rows = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'bitext\\_test\\_%'");
  return rows.rows.map((r) => ({ name: r.datname, pid: Number(r.datname.split('_').pop()) }));
}

export default async function setup(): Promise<() => Promise<void>> {
  const name = `bitext_test_${process.pid}`;
  const database = await freshTestDatabase(name);
  process.env.DATABASE_URL = database.url;
  await withAdmin(database.url, async (client) => {
    for (const stale of (await testDatabases(client)).filter((d) => d.pid !== process.pid && !alive(d.pid))) {
      await client.query(`DROP DATABASE IF EXISTS "${stale.name}" WITH (FORCE)`);
    }
  });
  return async () => {
    const othersRunning = await withAdmin(database.url, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return (await testDatabases(client)).some((d) => alive(d.pid));
    });
    if (!othersRunning) await database.stop();
  };
}

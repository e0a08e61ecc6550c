import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl } from '@/lib/env';

// The only place that constructs the Prisma client (house style, habit 4). One per process; kept on
// globalThis so Next's dev reloads do not open a new pool each time.

export type { Prisma } from '@/lib/generated/prisma/client';

const globalForDb = globalThis as unknown as { bitextDb?: PrismaClient; bitextBulkPool?: pg.Pool };

/**
 * Interactive transactions: Prisma's defaults (2 s to get a connection, 5 s to finish) expired short
 * transactions on a busy machine (three statements took 5.7 s at load 30), failing work that was fine. These
 * bound only a stuck transaction; long imports set their own (docs/decisions/020-database-outages-and-embedded-postgres.md).
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 60_000 } as const;

function create(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

function client(): PrismaClient {
  globalForDb.bitextDb ??= create();
  return globalForDb.bitextDb;
}

/** Created on first use, so importing this module (e.g. while Next builds) needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Several reads that must agree with each other, in one REPEATABLE READ snapshot. Prisma loads a nested
 * relation with a query of its own, so a listing read outside a snapshot can meet a document whose project
 * another request deleted between the two queries (a null project, and a page that crashed). Read-only work only.
 */
export function readSnapshot<T>(read: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(read, { isolationLevel: 'RepeatableRead' });
}

/** A bulk connection: plain parameterised SQL. */
export type BulkClient = Pick<pg.PoolClient, 'query'>;

/** Bulk jobs (TMX imports) at once per process; a third waits for one of them to finish. */
const BULK_JOBS = 2;
/** The most connections one bulk job may hold (`BITEXT_TMX_WRITERS` is capped to it). */
export const MAX_BULK_CONNECTIONS = 4;

const bulkJobs = { running: 0, waiting: [] as (() => void)[] };

function bulkPool(): pg.Pool {
  if (!globalForDb.bitextBulkPool) {
    // Never more than BULK_JOBS × MAX_BULK_CONNECTIONS connections, so a job that holds its slot always gets its
    // connections: two jobs cannot each hold half of what the other waits for.
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: BULK_JOBS * MAX_BULK_CONNECTIONS });
    // An idle connection that drops (the database restarted) must not take the process down with it.
    pool.on('error', (error) => console.error('[db] bulk connection lost:', error.message));
    globalForDb.bitextBulkPool = pool;
  }
  return globalForDb.bitextBulkPool;
}

async function bulkSlot(): Promise<() => void> {
  if (bulkJobs.running >= BULK_JOBS) await new Promise<void>((resolve) => bulkJobs.waiting.push(resolve));
  else bulkJobs.running += 1;
  return () => {
    const next = bulkJobs.waiting.shift();
    if (next)
      next(); // the slot passes on: `running` stays the same
    else bulkJobs.running -= 1;
  };
}

/**
 * `count` plain `pg` connections (1 to MAX_BULK_CONNECTIONS), held for the length of `work`: streaming bulk writes of
 * millions of rows (a TMX import writes its chunks through several at once, decision 053). Prisma's raw queries
 * copy and convert every parameter array on the way to the driver: a 100,000-unit import through them peaked at
 * 518 MB RSS against 149 MB through `pg` directly (decision 037). Only bulk writers use this; everything else goes
 * through `db`. If `work` fails, its connections are closed rather than reused (one may be inside a transaction,
 * or hold a session lock).
 */
export async function withBulkConnections<T>(count: number, work: (clients: BulkClient[]) => Promise<T>): Promise<T> {
  const wanted = Math.min(Math.max(Math.trunc(count), 1), MAX_BULK_CONNECTIONS);
  const release = await bulkSlot();
  const clients: pg.PoolClient[] = [];
  let failed = false;
  try {
    for (let i = 0; i < wanted; i += 1) clients.push(await bulkPool().connect());
    return await work(clients);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const client of clients) client.release(failed);
    release();
  }
}

/** One transaction on a bulk connection: committed if `work` succeeds, rolled back if it throws. */
export async function bulkTransaction<T>(client: BulkClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // a broken connection: withBulkConnections closes it
    throw error;
  }
}

/** Closes the bulk connections (scripts and tests that exit; the server keeps them). */
export async function closeBulkPool(): Promise<void> {
  const pool = globalForDb.bitextBulkPool;
  globalForDb.bitextBulkPool = undefined;
  await pool?.end();
}

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

/** A connection inside a bulk transaction: plain parameterised SQL. */
export type BulkClient = Pick<pg.PoolClient, 'query'>;

/** Bulk writers at once per process; each holds one connection for the length of its import. */
const BULK_CONNECTIONS = 2;

/**
 * One transaction on a plain `pg` connection, for streaming bulk writes of millions of rows (a TMX import).
 * Prisma's raw queries copy and convert every parameter array on the way to the driver: a 100,000-unit import
 * through them peaked at 518 MB RSS against 149 MB through `pg` directly, at the same speed (decision 037). Only
 * bulk writers use this; everything else goes through `db`. Rolled back on any error, so nothing half-written
 * is ever visible.
 */
export async function bulkTransaction<T>(work: (client: BulkClient) => Promise<T>): Promise<T> {
  if (!globalForDb.bitextBulkPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: BULK_CONNECTIONS });
    // An idle connection that drops (the database restarted) must not take the process down with it.
    pool.on('error', (error) => console.error('[db] bulk connection lost:', error.message));
    globalForDb.bitextBulkPool = pool;
  }
  const client = await globalForDb.bitextBulkPool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken); // a connection whose rollback failed is closed, not reused
  }
}

/** Closes the bulk connections (scripts and tests that exit; the server keeps them). */
export async function closeBulkPool(): Promise<void> {
  const pool = globalForDb.bitextBulkPool;
  globalForDb.bitextBulkPool = undefined;
  await pool?.end();
}

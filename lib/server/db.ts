import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseUrl } from '@/lib/env';

// The only place that constructs the Prisma client (house style, habit 4). One per process; kept on
// globalThis so Next's dev reloads do not open a new pool each time.

export type { Prisma } from '@/lib/generated/prisma/client';

const globalForDb = globalThis as unknown as { bitextDb?: PrismaClient };

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

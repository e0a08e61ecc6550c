import { describe, expect, it } from 'vitest';
import { db } from './db';

// Issue 10.7: Prisma's default interactive-transaction timeout (5 s) expired short transactions whenever the
// machine was busy (P2028 "A commit cannot be executed on an expired transaction" in makeUser at load 30).
// A transaction that takes longer than that default, without doing more work, must still commit.
describe('interactive transactions', () => {
  it('commit when they take longer than Prisma’s 5 s default (a busy machine, not more work)', async () => {
    const result = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_sleep(5.5)`;
      return tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`;
    });
    expect(result).toEqual([{ one: 1 }]);
  });
});

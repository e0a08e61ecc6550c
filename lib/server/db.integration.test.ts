import { describe, expect, it } from 'vitest';
import { db, readSnapshot, type Tx } from './db';
import { makeProject, makeUser } from './testing/factories';

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

// A listing that reads several tables saw a document whose project another request deleted between Prisma's
// queries (a null project; the editor queue page crashed during an e2e run on a busy machine).
describe('readSnapshot', () => {
  async function deletedBetweenTwoReads(read: (work: (tx: Tx) => Promise<unknown>) => Promise<unknown>): Promise<unknown> {
    const owner = await makeUser();
    const { id } = await makeProject(owner);
    let second: unknown;
    await read(async (tx) => {
      await tx.project.findUniqueOrThrow({ where: { id }, select: { id: true } });
      await db.project.delete({ where: { id } }); // another connection, committed at once
      second = await tx.project.findUnique({ where: { id }, select: { id: true } });
    });
    return second;
  }

  it('reads one snapshot: a row deleted and committed between two reads is still seen by the second', async () => {
    expect(await deletedBetweenTwoReads((work) => readSnapshot(work))).toEqual({ id: expect.any(String) });
  });

  it('without it (READ COMMITTED) the second read misses the row, which is what crashed the queue', async () => {
    expect(await deletedBetweenTwoReads((work) => db.$transaction(work))).toBeNull();
  });
});

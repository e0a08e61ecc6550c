import { loadActiveUser } from '@/lib/server/auth/load-user';
import { createImportBatch } from '@/lib/server/import/create-import-batch';
import { IMPORT_ITEM_QUEUE } from '@/lib/server/jobs/job-queue';
import { filePairRow } from './batch-rows';

// A child process for batch-item-crash-windows.integration.test.ts: `node --import tsx <this file> <userId>
// <projectId>`. It creates a batch of two pairs and, inside the transaction after every write, prints what it
// has written and stops there, so the test can kill -9 it with the transaction open.

async function main(): Promise<void> {
  const [userId, projectId] = process.argv.slice(2);
  const actor = await loadActiveUser(userId ?? '');
  if (!actor || !projectId) throw new Error('usage: kill-inside-batch-transaction <userId> <projectId>');
  await createImportBatch(actor, {
    projectId,
    source: 'killed.zip',
    rows: [filePairRow('a'), filePairRow('b')],
    auditDetails: { format: 'zip' },
    beforeCommit: async (tx) => {
      const [jobs] = await tx.$queryRaw<
        { count: number }[]
      >`SELECT count(*)::int AS count FROM pgboss.job WHERE name = ${IMPORT_ITEM_QUEUE}`;
      process.stdout.write(`${JSON.stringify({ items: await tx.importItem.count(), jobs: jobs.count })}\n`);
      await new Promise(() => setInterval(() => undefined, 60_000)); // until killed
    },
  });
  throw new Error('the batch transaction committed; it should have been killed first');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

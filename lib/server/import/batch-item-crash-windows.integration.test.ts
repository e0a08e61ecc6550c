import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, type Tx } from '@/lib/server/db';
import { IMPORT_ITEM_QUEUE, jobQueue, stopJobQueue } from '@/lib/server/jobs/job-queue';
import { failure } from '@/lib/server/testing/failure';
import { filePairRow } from '@/lib/server/testing/batch-rows';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { getBatch } from './batch-import';
import { createImportBatch, type BatchRow } from './create-import-batch';
import { processImportItem } from './process-import-item';
import { retryFailedItems } from './retry-failed-items';
import { INTERRUPTED_MESSAGE, MAX_AUTOMATIC_REQUEUES, SWEEP_BATCH, sweepOrphanedItems } from './sweep-orphaned-items';

// Every window in which a crash used to strand a batch item (issue 10, item 1; decision 019), against the real
// PostgreSQL and the real pg-boss. No workers run here and nothing sleeps: the test plays the worker (fetch,
// process, complete) and calls the sweep itself, so each step happens exactly when the test says.

type Team = Awaited<ReturnType<typeof makeTeam>>;

const pair = filePairRow;

/** What kill -9 of the app looks like to PostgreSQL: the session ends mid-transaction, no ROLLBACK sent. */
async function dieMidTransaction(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`;
}

/** One round of what a worker does (start-workers.ts), for every job waiting now. */
async function runWaitingJobs(): Promise<number> {
  const queue = await jobQueue();
  const jobs = await queue.fetch<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 100 });
  for (const job of jobs) {
    await processImportItem(job.data.itemId);
    await queue.complete(IMPORT_ITEM_QUEUE, job.id);
  }
  return jobs.length;
}

async function itemsOf(batchId: string) {
  return db.importItem.findMany({
    where: { batchId },
    orderBy: { index: 'asc' },
    select: { id: true, status: true, jobId: true, requeues: true, attempts: true, error: true, documentId: true, koreanFile: true },
  });
}

async function jobState(jobId: string | null): Promise<string | null> {
  if (!jobId) return null;
  return (await (await jobQueue()).getJobById(IMPORT_ITEM_QUEUE, jobId))?.state ?? null;
}

async function jobCount(): Promise<number> {
  const [{ count }] = await db.$queryRaw<
    { count: number }[]
  >`SELECT count(*)::int AS count FROM pgboss.job WHERE name = ${IMPORT_ITEM_QUEUE}`;
  return count;
}

async function batchOf(team: Team, rows: BatchRow[], source: string) {
  return createImportBatch(team.editor, { projectId: team.project.id, source, rows, auditDetails: { format: 'zip' } });
}

describe('batch items survive a crash in every window (real PostgreSQL, real pg-boss)', () => {
  let team: Team;

  beforeAll(async () => {
    team = await makeTeam();
    await sweepOrphanedItems(); // items stranded by earlier test files get jobs, so the counts below are this file's
    while ((await runWaitingJobs()) > 0);
  });
  afterAll(async () => {
    await stopJobQueue();
  });

  it('commits every queued item together with its job: each item names a waiting job', async () => {
    const batch = await batchOf(
      team,
      [pair('a'), pair('b'), { title: 'lonely.en.txt', error: 'no Korean partner', errorText: { code: 'noPartner' } }],
      'together.zip',
    );
    expect(batch).toMatchObject({ items: 3, queued: 2, invalid: 1 });
    const items = await itemsOf(batch.id);
    expect(await Promise.all(items.map((item) => jobState(item.jobId)))).toEqual(['created', 'created', null]);
    expect(await runWaitingJobs()).toBe(2);
    expect((await itemsOf(batch.id)).map((item) => item.status)).toEqual(['done', 'done', 'failed']);
  });

  it('(a) dying before the batch transaction commits leaves nothing: no batch, no item, no job', async () => {
    const before = {
      batches: await db.importBatch.count(),
      items: await db.importItem.count(),
      jobs: await jobCount(),
      audit: await db.auditEvent.count(),
    };
    let written = { items: 0, jobs: 0 };
    const crashed = createImportBatch(team.editor, {
      projectId: team.project.id,
      source: 'crash.zip',
      rows: [pair('a'), pair('b')],
      auditDetails: { format: 'zip' },
      beforeCommit: async (tx) => {
        // The window is real: items and jobs are written, only the commit is missing.
        const [jobs] = await tx.$queryRaw<
          { count: number }[]
        >`SELECT count(*)::int AS count FROM pgboss.job WHERE name = ${IMPORT_ITEM_QUEUE}`;
        written = { items: await tx.importItem.count(), jobs: jobs.count };
        await dieMidTransaction(tx);
      },
    });
    await expect(crashed).rejects.toThrow();
    expect(written).toEqual({ items: before.items + 2, jobs: before.jobs + 2 });
    expect({
      batches: await db.importBatch.count(),
      items: await db.importItem.count(),
      jobs: await jobCount(),
      audit: await db.auditEvent.count(),
    }).toEqual(before);
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 0, failed: 0 });
  });

  it('(a) kill -9 of a process holding the batch transaction open after every write: nothing is visible, nothing is stranded', async () => {
    const before = {
      batches: await db.importBatch.count(),
      items: await db.importItem.count(),
      jobs: await jobCount(),
      audit: await db.auditEvent.count(),
    };
    const child = spawn(
      process.execPath,
      [
        '--conditions=react-server',
        '--import',
        'tsx',
        path.resolve('lib/server/testing/kill-inside-batch-transaction.ts'),
        team.editor.id,
        team.project.id,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = once(child, 'exit');
    let output = '';
    for await (const chunk of child.stdout) {
      output += String(chunk);
      if (output.includes('\n')) break;
    }
    // Inside its transaction the child had written both items and both jobs.
    expect(JSON.parse(output)).toEqual({ items: before.items + 2, jobs: before.jobs + 2 });
    child.kill('SIGKILL');
    expect(await exited).toEqual([null, 'SIGKILL']);
    expect({
      batches: await db.importBatch.count(),
      items: await db.importItem.count(),
      jobs: await jobCount(),
      audit: await db.auditEvent.count(),
    }).toEqual(before);
    expect(await db.importBatch.count({ where: { source: 'killed.zip' } })).toBe(0);
  }, 120_000);

  it('(b) a queued item whose job row was deleted gets a new job from the sweep and completes', async () => {
    const batch = await batchOf(team, [pair('a'), pair('b')], 'deleted.zip');
    const [lost, kept] = await itemsOf(batch.id);
    await (await jobQueue()).deleteJob(IMPORT_ITEM_QUEUE, lost.jobId ?? '');

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 1, failed: 0 });
    const [requeued, untouched] = await itemsOf(batch.id);
    expect(requeued).toMatchObject({ status: 'queued', requeues: 1 });
    expect(requeued.jobId).not.toBe(lost.jobId);
    expect(await jobState(requeued.jobId)).toBe('created');
    expect(untouched).toMatchObject({ status: 'queued', requeues: 0, jobId: kept.jobId }); // a live job is left alone

    expect(await runWaitingJobs()).toBe(2);
    expect((await itemsOf(batch.id)).map((item) => [item.status, item.documentId !== null])).toEqual([
      ['done', true],
      ['done', true],
    ]);
  });

  it('(b) a job that failed or was cancelled before its item was claimed: the sweep re-queues the item', async () => {
    const batch = await batchOf(team, [pair('failed'), pair('cancelled')], 'finished.zip');
    const queue = await jobQueue();
    // The unstaged case from issue 10: a worker fetched the job, the app died, the job ended failed, unclaimed.
    const [fetched] = await queue.fetch<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1 });
    const items = await itemsOf(batch.id);
    const failed = items.find((item) => item.id === fetched.data.itemId);
    const cancelled = items.find((item) => item.id !== fetched.data.itemId);
    expect(failed?.jobId).toBe(fetched.id);
    await queue.fail(IMPORT_ITEM_QUEUE, fetched.id);
    await queue.cancel(IMPORT_ITEM_QUEUE, cancelled?.jobId ?? '');
    expect([await jobState(failed?.jobId ?? null), await jobState(cancelled?.jobId ?? null)]).toEqual(['failed', 'cancelled']);

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 2, failed: 0 });
    expect(await runWaitingJobs()).toBe(2);
    expect((await itemsOf(batch.id)).map((item) => item.status)).toEqual(['done', 'done']);
  });

  it('(b, c) a running item whose worker died: left alone while its job is active, re-run as soon as pg-boss expires the job', async () => {
    const batch = await batchOf(team, [pair('a')], 'expired.zip');
    const queue = await jobQueue();
    const [job] = await queue.fetch<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1 });
    // What the claim wrote before the process died mid-import.
    await db.importItem.update({ where: { id: job.data.itemId }, data: { status: 'running', attempts: 1 } });

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 0, failed: 0 }); // the worker may still be alive
    // pg-boss's own expiry, not a clock: the job started longer ago than it may run, then pg-boss's maintenance.
    await db.$executeRaw`UPDATE pgboss.job SET started_on = started_on - interval '1 day' WHERE id = ${job.id}::uuid`;
    await queue.maintain();
    expect(await jobState(job.id)).toBe('failed');

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 1, failed: 0 });
    expect((await itemsOf(batch.id))[0]).toMatchObject({ status: 'queued', requeues: 1, attempts: 1 });
    expect(await runWaitingJobs()).toBe(1);
    expect((await itemsOf(batch.id))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('(c) a running item whose job is gone is re-run at once, and the dead worker could not write over the new run', async () => {
    const batch = await batchOf(team, [pair('a')], 'running.zip');
    const queue = await jobQueue();
    const [job] = await queue.fetch<{ itemId: string }>(IMPORT_ITEM_QUEUE, { batchSize: 1 });
    await db.importItem.update({ where: { id: job.data.itemId }, data: { status: 'running', attempts: 1 } });
    await queue.deleteJob(IMPORT_ITEM_QUEUE, job.id);

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 1, failed: 0 });
    expect(await runWaitingJobs()).toBe(1);
    const [item] = await itemsOf(batch.id);
    expect(item).toMatchObject({ status: 'done', attempts: 2 });
    // The first worker's claim (attempts 1) no longer holds: a late write of its outcome changes nothing.
    const late = await db.importItem.updateMany({ where: { id: item.id, status: 'running', attempts: 1 }, data: { status: 'failed' } });
    expect(late.count).toBe(0);
  });

  it('a sweep that dies before it commits changes nothing; the next sweep does the work', async () => {
    const batch = await batchOf(team, [pair('a')], 'sweep-crash.zip');
    const [before] = await itemsOf(batch.id);
    await (await jobQueue()).deleteJob(IMPORT_ITEM_QUEUE, before.jobId ?? '');
    const jobs = await jobCount();

    await expect(sweepOrphanedItems({ beforeCommit: dieMidTransaction })).rejects.toThrow();
    expect((await itemsOf(batch.id))[0]).toMatchObject({ status: 'queued', requeues: 0, jobId: before.jobId });
    expect(await jobCount()).toBe(jobs);

    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 1, failed: 0 });
    expect(await runWaitingJobs()).toBe(1);
    expect((await itemsOf(batch.id))[0].status).toBe('done');
  });

  it(`a sweep round re-queues at most ${SWEEP_BATCH} items; the next round takes the rest`, async () => {
    const batch = await batchOf(
      team,
      Array.from({ length: SWEEP_BATCH + 1 }, (_, i) => pair(`p${i}`)),
      'backlog.zip',
    );
    await db.$executeRaw`DELETE FROM pgboss.job WHERE id IN (SELECT "jobId" FROM "ImportItem" WHERE "batchId" = ${batch.id})`;
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: SWEEP_BATCH, failed: 0 });
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 1, failed: 0 });
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 0, failed: 0 });
    // Not imported here (the other tests do that): their jobs are removed and the items set aside.
    await db.$executeRaw`DELETE FROM pgboss.job WHERE id IN (SELECT "jobId" FROM "ImportItem" WHERE "batchId" = ${batch.id})`;
    await db.importItem.updateMany({ where: { batchId: batch.id }, data: { status: 'failed', error: 'set aside by the test' } });
  }, 120_000);

  it('only one instance sweeps at a time: a second sweep while the first holds the lock skips its round', async () => {
    let second: Awaited<ReturnType<typeof sweepOrphanedItems>> | null = null;
    const first = await sweepOrphanedItems({
      beforeCommit: async () => {
        second = await sweepOrphanedItems();
      },
    });
    expect(first.swept).toBe(true);
    expect(second).toEqual({ swept: false, requeued: 0, failed: 0 });
  });

  it(`an item that keeps losing its job is re-queued ${MAX_AUTOMATIC_REQUEUES} times, then failed with a reason, keeping its files`, async () => {
    const batch = await batchOf(team, [pair('poison')], 'poison.zip');
    const queue = await jobQueue();
    for (let round = 1; round <= MAX_AUTOMATIC_REQUEUES + 1; round += 1) {
      const [item] = await itemsOf(batch.id);
      await queue.deleteJob(IMPORT_ITEM_QUEUE, item.jobId ?? '');
      const expected = round <= MAX_AUTOMATIC_REQUEUES ? { requeued: 1, failed: 0 } : { requeued: 0, failed: 1 };
      expect(await sweepOrphanedItems()).toEqual({ swept: true, ...expected });
    }
    const [item] = await itemsOf(batch.id);
    expect(item).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE, requeues: MAX_AUTOMATIC_REQUEUES });
    expect(item.koreanFile).not.toBeNull();
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 0, failed: 0 }); // failed is final for the sweep
  });

  it('(d) retry re-queues an interrupted zip pair and a queued item whose job is gone; a pair that failed on its content stays failed', async () => {
    const batch = await batchOf(team, [pair('interrupted'), pair('stranded'), pair('broken', '')], 'retry.zip');
    const queue = await jobQueue();
    const [interrupted, stranded] = await itemsOf(batch.id);
    // `broken` runs and fails on its content (an empty Korean file); the others lose their jobs.
    await queue.deleteJob(IMPORT_ITEM_QUEUE, interrupted.jobId ?? '');
    await db.importItem.update({ where: { id: interrupted.id }, data: { requeues: MAX_AUTOMATIC_REQUEUES } });
    expect(await sweepOrphanedItems()).toEqual({ swept: true, requeued: 0, failed: 1 });
    await queue.deleteJob(IMPORT_ITEM_QUEUE, stranded.jobId ?? ''); // lost after the last sweep
    expect(await runWaitingJobs()).toBe(1); // broken

    let state = await getBatch(team.editor, { batchId: batch.id });
    expect(state.items.map((item) => [item.status, item.retryable])).toEqual([
      ['failed', true],
      ['queued', true],
      ['failed', false],
    ]);
    expect(state).toMatchObject({ retryable: 2, pending: 1 });
    expect(state.items[2].error).toBeTruthy();

    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 2 });
    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 0 }); // a double click queues nothing more
    expect((await itemsOf(batch.id)).map((item) => [item.status, item.requeues])).toEqual([
      ['queued', 0],
      ['queued', 0],
      ['failed', 0],
    ]);
    expect(await runWaitingJobs()).toBe(2);
    state = await getBatch(team.editor, { batchId: batch.id });
    expect(state.items.map((item) => item.status)).toEqual(['done', 'done', 'failed']);
    expect(state).toMatchObject({ retryable: 0, pending: 0 });
  });

  it('retry that dies before it commits changes nothing; a retry of a batch that does not exist is a 404', async () => {
    const batch = await batchOf(team, [pair('a')], 'retry-crash.zip');
    const [before] = await itemsOf(batch.id);
    await (await jobQueue()).deleteJob(IMPORT_ITEM_QUEUE, before.jobId ?? '');
    await expect(retryFailedItems(team.editor, { batchId: batch.id, beforeCommit: dieMidTransaction })).rejects.toThrow();
    expect((await itemsOf(batch.id))[0]).toMatchObject({ status: 'queued', jobId: before.jobId });
    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 1 });
    expect(await runWaitingJobs()).toBe(1);

    for (const batchId of ['nope', "x' OR '1'='1", '../../etc/passwd', 'ä'.repeat(5000)]) {
      expect((await failure(retryFailedItems(team.editor, { batchId }))).code).toBe('NOT_FOUND');
    }
    expect((await failure(retryFailedItems(team.viewer, { batchId: batch.id }))).code).toBe('FORBIDDEN');
    expect((await failure(retryFailedItems(await makeUser(), { batchId: batch.id }))).code).toBe('NOT_FOUND'); // an outsider learns nothing
  });
});

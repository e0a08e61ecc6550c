import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { stopJobQueue } from '@/lib/server/jobs/job-queue';
import { startWorkers } from '@/lib/server/jobs/start-workers';
import { makeTeam } from '@/lib/server/testing/factories';
import { articlePages, startLocalSite, type LocalSite } from '@/lib/server/testing/local-site';
import { getBatch, startBatchImport } from './batch-import';
import { requeueStaleItems, STALE_AFTER_MS } from './requeue-stale-items';
import { retryFailedItems } from './retry-failed-items';

type Batch = Awaited<ReturnType<typeof getBatch>>;

async function settled(actor: Parameters<typeof getBatch>[0], batchId: string, until = (state: Batch) => state.pending === 0) {
  let state = await getBatch(actor, batchId);
  for (let i = 0; i < 300 && !until(state); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await getBatch(actor, batchId);
  }
  return state;
}

describe('retrying failed batch items and recovering interrupted ones', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let site: LocalSite;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    team = await makeTeam();
    const article = articlePages('/ko/1');
    Object.assign(pages, { '/ko/1': article.korean, '/en/1': article.english });
    site = await startLocalSite(pages);
    await startWorkers();
  });
  afterAll(async () => {
    await stopJobQueue();
    await site.close();
  });

  it('re-queues a failed URL pair once the site answers; invalid rows stay failed', async () => {
    const csv = ['english_url,korean_url,title', `${site.url('/en/late')},${site.url('/ko/1')},Published late`, 'not a url,,Bad row'].join('\n');
    const batch = await startBatchImport(team.editor, { projectId: team.project.id, csv });
    let state = await settled(team.editor, batch.id);
    expect(state).toMatchObject({ done: 0, failed: 2, retryable: 1 });
    expect(state.items.map((i) => i.retryable)).toEqual([true, false]);

    await expect(retryFailedItems(team.viewer, { batchId: batch.id })).rejects.toThrow(/permission/);
    pages['/en/late'] = articlePages('/ko/1').english; // the English edition is online now
    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 1 });
    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 0 }); // a double click queues nothing more
    state = await settled(team.editor, batch.id);
    expect(state).toMatchObject({ done: 1, failed: 1, retryable: 0 });
    expect(state.items[0]).toMatchObject({ status: 'done', title: 'Published late', error: null });
    expect(await db.auditEvent.count({ where: { action: 'import.retry', target: batch.id } })).toBe(1);
  });

  it('re-queues an item left running by a stopped server once, and fails it when it is stuck again', async () => {
    const csv = ['english_url,korean_url', `${site.url('/en/1')},${site.url('/ko/1')}`, `${site.url('/en/1')}?again,${site.url('/ko/1')}`, `${site.url('/en/1')}?recent,${site.url('/ko/1')}`].join('\n');
    const batch = await startBatchImport(team.editor, { projectId: team.project.id, csv });
    await settled(team.editor, batch.id);
    const [first, second, recent] = await db.importItem.findMany({ where: { batchId: batch.id }, orderBy: { index: 'asc' }, select: { id: true } });
    // What a crash mid-import leaves behind: `running`, last touched long ago (once claimed, and claimed twice).
    const longAgo = new Date(Date.now() - STALE_AFTER_MS - 60_000);
    await db.importItem.update({ where: { id: first.id }, data: { status: 'running', attempts: 1, documentId: null, updatedAt: longAgo } });
    await db.importItem.update({ where: { id: second.id }, data: { status: 'running', attempts: 2, documentId: null, updatedAt: longAgo } });
    await db.importItem.update({ where: { id: recent.id }, data: { status: 'running', documentId: null } });

    expect(await requeueStaleItems()).toEqual({ requeued: 1, failed: 1 });
    const state = await settled(team.editor, batch.id, (s) => s.items[0].status === 'done');
    expect(state.items.map((i) => i.status)).toEqual(['done', 'failed', 'running']); // a recent one may still be working
    expect(state.items[0].documentId).not.toBeNull();
    expect(state.items[1].error).toMatch(/Interrupted twice/);
    expect(state.pending).toBe(1);
  });
});

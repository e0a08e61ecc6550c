import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { stopJobQueue } from '@/lib/server/jobs/job-queue';
import { startWorkers } from '@/lib/server/jobs/start-workers';
import { makeTeam } from '@/lib/server/testing/factories';
import { articlePages, startLocalSite, type LocalSite } from '@/lib/server/testing/local-site';
import { getBatch, startBatchImport } from './batch-import';
import { retryFailedItems } from './retry-failed-items';

type Batch = Awaited<ReturnType<typeof getBatch>>;

async function settled(actor: Parameters<typeof getBatch>[0], batchId: string, until = (state: Batch) => state.pending === 0) {
  let state = await getBatch(actor, { batchId });
  for (let i = 0; i < 300 && !until(state); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await getBatch(actor, { batchId });
  }
  return state;
}

describe('retrying failed batch items', () => {
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
    const csv = ['english_url,korean_url,title', `${site.url('/en/late')},${site.url('/ko/1')},Published late`, 'not a url,,Bad row'].join(
      '\n',
    );
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
  }, 60_000);
});

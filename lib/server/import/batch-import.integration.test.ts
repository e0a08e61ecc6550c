import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { stopJobQueue } from '@/lib/server/jobs/job-queue';
import { startWorkers } from '@/lib/server/jobs/start-workers';
import { makeTeam } from '@/lib/server/testing/factories';
import { articlePages, startLocalSite, type LocalSite } from '@/lib/server/testing/local-site';
import { getBatch, startBatchImport } from './batch-import';

describe('batch import through the PostgreSQL job queue', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let site: LocalSite;

  beforeAll(async () => {
    team = await makeTeam();
    const pages = articlePages('/ko/1');
    site = await startLocalSite({
      '/en/1': pages.english,
      '/en/2': pages.english,
      '/ko/1': pages.korean,
      '/en/no-link': pages.english.replace(/<link rel="alternate"[^>]*>/, ''),
    });
  });
  afterAll(async () => {
    await stopJobQueue();
    await site.close();
  });

  it('imports every good row in the background; bad rows fail with a message and never block the others', async () => {
    const csv = [
      'english_url,korean_url,title',
      `${site.url('/en/1')},,Found by hreflang`,
      `${site.url('/en/2')},${site.url('/ko/1')},Given explicitly`,
      `${site.url('/error')},${site.url('/ko/1')},Server error`,
      `${site.url('/en/no-link')},,No link to the original`,
      'not a url,also not,Bad row',
    ].join('\n');
    const batch = await startBatchImport(team.editor, { projectId: team.project.id, csv, fileName: 'desk.csv' });
    expect(batch.items).toBe(5);
    await startWorkers();
    let state = await getBatch(team.editor, { batchId: batch.id });
    for (let i = 0; i < 300 && state.pending > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = await getBatch(team.editor, { batchId: batch.id });
    }
    expect(state.pending).toBe(0);
    expect(state.done).toBe(2);
    expect(state.failed).toBe(3);
    const byTitle = (needle: string) => state.items.find((i) => i.error?.includes(needle) || i.title.includes(needle));
    expect(byTitle('HTTP 500')?.status).toBe('failed');
    expect(byTitle('No link to the Korean original')?.status).toBe('failed');
    expect(byTitle('Given explicitly')?.status).toBe('done'); // the CSV's title wins over the page's
    // Stored as catalog keys and parameters, for the reader's language (decision 048); the English text stays for the CLI.
    expect(state.items.find((i) => i.index === 4)).toMatchObject({
      title: 'Line 6',
      titleText: { code: 'line', params: { line: 6 } },
      errorText: { code: 'csvBadUrl', params: { line: 6, column: 'english_url', value: 'not a url' } },
    });
    expect(byTitle('HTTP 500')?.errorText).toEqual({ code: 'failed', params: { code: 'UPSTREAM_FAILED' } });
    const documents = state.items.filter((i) => i.documentId).map((i) => i.documentId!);
    expect(await db.document.count({ where: { id: { in: documents }, projectId: team.project.id } })).toBe(2);
  });

  it('refuses a batch for a project the user cannot write to', async () => {
    await expect(
      startBatchImport(team.viewer, { projectId: team.project.id, csv: 'english_url,korean_url\nhttp://a,http://b' }),
    ).rejects.toThrow(/permission/);
  });
});

import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '@/lib/import/testing/docx-fixtures';
import { db } from '@/lib/server/db';
import { stopJobQueue } from '@/lib/server/jobs/job-queue';
import { startWorkers } from '@/lib/server/jobs/start-workers';
import { makeTeam } from '@/lib/server/testing/factories';
import { articlePages } from '@/lib/server/testing/local-site';
import { getBatch } from './batch-import';
import { retryFailedItems } from './retry-failed-items';
import { startZipBatchImport } from './start-zip-batch-import';

async function settled(actor: Parameters<typeof getBatch>[0], batchId: string) {
  let state = await getBatch(actor, { batchId });
  for (let i = 0; i < 300 && state.pending > 0; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    state = await getBatch(actor, { batchId });
  }
  return state;
}

describe('zip batch import through the PostgreSQL job queue', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;

  beforeAll(async () => {
    team = await makeTeam();
    await startWorkers();
  });
  afterAll(async () => {
    await stopJobQueue();
  });

  it('imports every pair of files in the background; an unpaired file fails with a message', async () => {
    const pages = articlePages('/ko/1');
    const zip = zipSync({
      'strike.ko.html': strToU8(pages.korean),
      'strike.en.html': strToU8(pages.english),
      desk: {
        ko: { 'rates.txt': strToU8('한은, 기준금리 동결\n\n한국은행은 10일 기준금리를 연 3.5%로 유지했다. 물가 상승세가 둔화됐다.') },
        en: { 'rates.txt': strToU8('BOK holds rate\n\nThe Bank of Korea kept its rate at 3.5 percent on Thursday. Inflation has slowed.') },
      },
      'lonely.en.txt': strToU8('An English article without its Korean original.'),
    });
    const batch = await startZipBatchImport(team.editor, { projectId: team.project.id, zip, fileName: 'desk.zip' });
    expect(batch).toMatchObject({ items: 3, queued: 2, invalid: 1 });

    const state = await settled(team.editor, batch.id);
    expect(state).toMatchObject({ source: 'desk.zip', total: 3, done: 2, failed: 1, pending: 0, retryable: 0 });
    expect(state.items.map((i) => [i.title, i.status])).toEqual([
      ['desk/rates', 'done'],
      ['lonely.en.txt', 'failed'],
      ['strike', 'done'],
    ]);
    expect(state.items[1].error).toMatch(/lonely\.en\.txt: no Korean partner/);
    const documents = await db.document.findMany({
      where: { id: { in: state.items.flatMap((i) => (i.documentId ? [i.documentId] : [])) } },
      select: { title: true, projectId: true },
    });
    expect(documents.map((d) => d.title).sort()).toEqual(['BOK holds rate', 'Port strike ends after three days']);
    expect(documents.every((d) => d.projectId === team.project.id)).toBe(true);
    // The stored files are gone once the items have run.
    expect(
      await db.importItem.count({ where: { batchId: batch.id, OR: [{ koreanFile: { not: null } }, { englishFile: { not: null } }] } }),
    ).toBe(0);
    // Nothing here can be retried: the unpaired file would fail the same way.
    expect(await retryFailedItems(team.editor, { batchId: batch.id })).toEqual({ retried: 0 });
  });

  it('imports a .ko.docx/.en.docx pair; a damaged Word file fails its own item with a message', async () => {
    const zip = zipSync({
      'budget.ko.docx': makeDocx(['국회, 예산안 통과', '국회는 2일 본회의에서 내년도 예산안을 통과시켰다. 여야는 막판까지 협상했다.']),
      'budget.en.docx': makeDocx([
        'Assembly passes budget',
        "The National Assembly passed next year's budget on Tuesday. The parties negotiated until the last minute.",
      ]),
      'broken.ko.docx': strToU8('not really a Word file'),
      'broken.en.docx': makeDocx(['Broken', 'Its Korean side cannot be read.']),
    });
    const batch = await startZipBatchImport(team.editor, { projectId: team.project.id, zip, fileName: 'word.zip' });
    expect(batch).toMatchObject({ items: 2, queued: 2, invalid: 0 });

    const state = await settled(team.editor, batch.id);
    expect(state).toMatchObject({ total: 2, done: 1, failed: 1, pending: 0 });
    expect(state.items.map((i) => [i.title, i.status])).toEqual([
      ['broken', 'failed'],
      ['budget', 'done'],
    ]);
    expect(state.items[0].error).toMatch(/not a Word \(\.docx\) document/);
    const document = await db.document.findUniqueOrThrow({
      where: { id: state.items[1].documentId ?? '' },
      select: { title: true, segments: { select: { text: true } } },
    });
    expect(document.title).toBe('Assembly passes budget');
    expect(document.segments.map((s) => s.text)).toEqual(
      expect.arrayContaining(['국회, 예산안 통과', "The National Assembly passed next year's budget on Tuesday."]),
    );
  });

  it('refuses a file that is not a zip, a traversal name and a viewer, storing nothing', async () => {
    const before = await db.importBatch.count();
    const start = (zip: Uint8Array, actor = team.editor) => startZipBatchImport(actor, { projectId: team.project.id, zip });
    await expect(start(strToU8('english_url,korean_url\n'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'This is not a zip file.',
    });
    await expect(start(zipSync({ '../a.ko.txt': strToU8('가'), 'a.en.txt': strToU8('A') }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/unsafe path/),
    });
    await expect(start(zipSync({ 'a.ko.txt': strToU8('가'), 'a.en.txt': strToU8('A') }), team.viewer)).rejects.toThrow(/permission/);
    expect(await db.importBatch.count()).toBe(before);
  });
});

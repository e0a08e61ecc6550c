import { describe, expect, it } from 'vitest';
import { toAppError } from '@/lib/server/errors';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { BATCH_ITEMS_LISTED, getBatch } from './batch-import';
import { getBatchProgress, PROGRESS_FAILED_LIST } from './batch-progress';
import { createImportBatch } from './create-import-batch';

// The progress of a big batch is counted in SQL and answered small (decision 037): a batch over BATCH_ITEMS_LISTED
// items lists only its running and failed ones, the progress lists the first PROGRESS_FAILED_LIST failures.

describe('batch progress', () => {
  it('counts every item of a big batch but lists only the running and failed ones', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const rows = Array.from({ length: BATCH_ITEMS_LISTED + 1 }, (_, i) => ({
      title: `Line ${i + 2}`,
      titleText: { code: 'line', params: { line: i + 2 } },
      error: `Line ${i + 2}: english_url is empty.`,
      errorText: { code: 'csvNoEnglishUrl', params: { line: i + 2 } },
    }));
    const batch = await createImportBatch(owner, { projectId: project.id, source: 'big.csv', rows, auditDetails: { format: 'csv' } });
    const progress = await getBatchProgress(owner, batch.id);
    expect(progress).toMatchObject({
      total: rows.length,
      done: 0,
      failed: rows.length,
      queued: 0,
      running: 0,
      perMinute: null,
      secondsLeft: null,
    });
    expect(progress.failures).toHaveLength(PROGRESS_FAILED_LIST);
    expect(progress.failures[0]).toEqual({
      index: 0,
      title: 'Line 2',
      titleText: { code: 'line', params: { line: 2 } },
      error: 'Line 2: english_url is empty.',
      errorText: { code: 'csvNoEnglishUrl', params: { line: 2 } },
    });
    const listed = await getBatch(owner, { batchId: batch.id });
    expect(listed).toMatchObject({ total: rows.length, failed: rows.length, pending: 0, retryable: 0, allItemsListed: false });
    expect(listed.items.every((item) => item.status === 'failed')).toBe(true);
  });

  it('answers 404 for the progress of a batch in a project that is not mine', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const batch = await createImportBatch(owner, {
      projectId: project.id,
      source: 'x.csv',
      rows: [{ title: 'x', error: 'x', errorText: { code: 'unexpected' } }],
      auditDetails: {},
    });
    const stranger = await makeUser();
    const error = await getBatchProgress(stranger, batch.id).catch((e: unknown) => toAppError(e));
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
  });
});

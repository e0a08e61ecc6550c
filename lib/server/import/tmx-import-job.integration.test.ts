import { describe, expect, it } from 'vitest';
import { POST as postTmx } from '@/app/api/v1/projects/[projectId]/tmx/route';
import { tmxChunks } from '@/lib/formats/testing/generated-tmx';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { getBatchProgress } from './batch-progress';
import { processImportItem } from './process-import-item';
import { INLINE_TMX_BYTES } from './start-tmx-import-job';

// A TMX upload over INLINE_TMX_BYTES becomes a batch of one item whose job imports it (decision 037): 202 with the
// batch, the file stored in pieces, the units on the item while it runs, and nothing of a broken file left behind.

function form(text: string, name: string): FormData {
  const data = new FormData();
  data.set('file', new File([text], name, { type: 'application/x-tmx+xml' }));
  return data;
}

function largeTmx(): { text: string; units: number } {
  let text = '';
  let units = 0;
  for (const chunk of tmxChunks(60_000)) text += chunk;
  units = 60_000;
  return { text, units };
}

async function upload(body: FormData) {
  const owner = await makeUser();
  const project = await makeProject(owner);
  const { token } = await createApiToken(owner.id);
  const res = await callRoute(postTmx, { path: `/api/v1/projects/${project.id}/tmx`, params: { projectId: project.id }, token, body });
  return { owner, project, res };
}

describe('a large TMX upload as a job', () => {
  it('answers 202 with a batch whose job imports every unit and clears the stored file', async () => {
    const { text, units } = largeTmx();
    expect(text.length).toBeGreaterThan(INLINE_TMX_BYTES);
    const { owner, project, res } = await upload(form(text, 'archive.tmx'));
    expect(res.status).toBe(202);
    const { batchId } = (await res.json()) as { batchId: string };
    const [item] = await db.importItem.findMany({ where: { batchId }, select: { id: true, status: true, title: true } });
    expect(item).toMatchObject({ status: 'queued', title: 'archive.tmx' });
    expect(await db.importFileChunk.count({ where: { itemId: item.id } })).toBeGreaterThan(8);
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0);

    await processImportItem(item.id);
    const progress = await getBatchProgress(owner, batchId);
    expect(progress).toMatchObject({ total: 1, done: 1, failed: 0, queued: 0, running: 0 });
    expect(await db.bead.count({ where: { document: { projectId: project.id, kind: 'memory' } } })).toBe(units);
    expect(await db.importItem.findUnique({ where: { id: item.id }, select: { progress: true } })).toEqual({ progress: units });
    expect(await db.importFileChunk.count({ where: { itemId: item.id } })).toBe(0);
  });

  it('fails the item of a large file that is not TMX with a message, leaving no document and no stored file', async () => {
    const junk = `<html>${'<p>not a memory</p>'.repeat(INLINE_TMX_BYTES / 16)}</html>`;
    const { owner, project, res } = await upload(form(junk, 'page.tmx'));
    expect(res.status).toBe(202);
    const { batchId } = (await res.json()) as { batchId: string };
    const [item] = await db.importItem.findMany({ where: { batchId }, select: { id: true } });
    await processImportItem(item.id);
    const progress = await getBatchProgress(owner, batchId);
    expect(progress).toMatchObject({ done: 0, failed: 1 });
    expect(progress.failures[0].error).toMatch(/TMX/);
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.importFileChunk.count({ where: { itemId: item.id } })).toBe(0);
  });
});

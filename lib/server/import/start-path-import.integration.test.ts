import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticleFolder } from '@/lib/import/testing/generated-articles';
import { db } from '@/lib/server/db';
import { toAppError } from '@/lib/server/errors';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { getBatchProgress } from './batch-progress';
import { planPathImport, startPathImport } from './start-path-import';

// What `npm run import` is given, hostile or careless: files it cannot pair or read become failed items with a
// reason and never stop the others; a path that is not a folder, CSV or TMX, or does not exist, is refused with a
// message before anything is written; the same paths again resume the same batch.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-path-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refused(run: () => unknown) {
  try {
    await run();
  } catch (error) {
    return toAppError(error);
  }
  throw new Error('expected a refusal');
}

describe('npm run import paths', () => {
  it('turns unpaired, unsupported and unmarked files and bad CSV rows into failed items with reasons', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const folder = path.join(dir, 'mixed');
    writeArticleFolder(folder, 2);
    fs.writeFileSync(path.join(folder, 'lonely.ko.txt'), '혼자 남은 기사.');
    fs.writeFileSync(path.join(folder, 'script.exe'), 'MZ');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'no language in the name');
    fs.mkdirSync(path.join(folder, '.git'));
    fs.writeFileSync(path.join(folder, '.git', 'HEAD.ko.txt'), 'ignored');
    const csv = path.join(dir, 'urls.csv');
    fs.writeFileSync(
      csv,
      'english_url,korean_url,title\njavascript:alert(1),,x\nhttps://news.example/en/1,https://news.example/ko/1,One\n',
    );
    const plan = planPathImport(project.id, [folder, csv]);
    expect(plan).toMatchObject({ pairs: 2, urls: 1, tmx: 0, invalid: 4 });
    const { batchId, resumed } = await startPathImport(owner, { projectId: project.id, plan });
    expect(resumed).toBe(false);
    const progress = await getBatchProgress(owner, batchId);
    expect(progress).toMatchObject({ total: 7, failed: 4, queued: 3 });
    const reasons = progress.failures.map((f) => f.error).join('\n');
    expect(reasons).toContain('no English partner');
    expect(reasons).toContain('only .txt, .html and .docx');
    expect(reasons).toContain('cannot tell whether it is Korean or English');
    expect(reasons).toContain('must start with http');
    expect(reasons).not.toContain('HEAD');

    const again = await startPathImport(owner, { projectId: project.id, plan: planPathImport(project.id, [folder, csv]) });
    expect(again).toEqual({ batchId, resumed: true });
    expect(await db.importBatch.count({ where: { projectId: project.id } })).toBe(1);
    // Workers of later test files must not fetch these addresses: with the batch gone, its jobs find nothing to claim.
    await db.importBatch.delete({ where: { id: batchId } });
  });

  it('refuses a missing path, an unsupported file and an empty folder with a message, writing nothing', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    expect(await refused(() => planPathImport(project.id, [path.join(dir, 'missing')]))).toMatchObject({ code: 'NOT_FOUND' });
    const exe = path.join(dir, 'tool.exe');
    fs.writeFileSync(exe, 'MZ');
    expect(await refused(() => planPathImport(project.id, [exe]))).toMatchObject({ code: 'INVALID_INPUT' });
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    expect(await refused(() => planPathImport(project.id, [empty]))).toMatchObject({ code: 'UNPROCESSABLE' });
    const badCsv = path.join(dir, 'bad.csv');
    fs.writeFileSync(badCsv, 'url,title\nhttps://x.example,x\n');
    expect((await refused(() => planPathImport(project.id, [badCsv])))?.code).toMatch(/INVALID_INPUT|UNPROCESSABLE/);
    expect(await db.importBatch.count({ where: { projectId: project.id } })).toBe(0);
  });

  it('answers 404 to someone who is not a member of the project', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const folder = path.join(dir, 'theirs');
    writeArticleFolder(folder, 1);
    const stranger = await makeUser();
    const error = await refused(() => startPathImport(stranger, { projectId: project.id, plan: planPathImport(project.id, [folder]) }));
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.importBatch.count({ where: { projectId: project.id } })).toBe(0);
  });
});

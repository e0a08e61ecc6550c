import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTmxFile } from '@/lib/formats/testing/generated-tmx';
import { writeArticleFolder } from '@/lib/import/testing/generated-articles';
import { db } from '@/lib/server/db';
import { makeProject, makeUser } from '@/lib/server/testing/factories';

// `npm run import` killed with SIGKILL while items run, then run again: items already done are skipped, the rest
// are imported, and every pair and the memory exist exactly once (decision 037). The kill comes when at least one
// item is done and another is running, whatever the machine's speed: decided by the database's state, not a clock.

const PAIRS = 6;
const TMX_UNITS = 20_000;

function runImport(args: string[]) {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.resolve('scripts/import.ts'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  return { child, exited, output: () => output };
}

async function counts(projectId: string) {
  const items = await db.importItem.groupBy({ by: ['status'], where: { batch: { projectId } }, _count: { _all: true } });
  const of = (status: string) => items.find((i) => i.status === status)?._count._all ?? 0;
  return { done: of('done'), running: of('running') };
}

describe('npm run import', () => {
  let dir: string;
  let project: { id: string };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-import-cli-'));
    writeArticleFolder(path.join(dir, 'archive'), PAIRS);
    await generateTmxFile(path.join(dir, 'memory.tmx'), TMX_UNITS);
    project = await makeProject(await makeUser());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('resumes after kill -9: done items are skipped, every pair and the memory exist exactly once', async () => {
    const args = ['--project', project.id, path.join(dir, 'memory.tmx'), path.join(dir, 'archive')];
    const first = runImport(args);
    let state = await counts(project.id);
    while (!(state.done >= 1 && state.running >= 1)) {
      const exited = await Promise.race([first.exited, new Promise((resolve) => setTimeout(() => resolve(null), 100))]);
      if (exited) throw new Error(`the import finished before it could be killed: ${first.output()}`);
      state = await counts(project.id);
    }
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual([null, 'SIGKILL']);
    const killed = await counts(project.id);
    expect(killed.done).toBeLessThan(PAIRS + 1);

    const second = runImport(args);
    const [code] = await second.exited;
    expect(second.output()).toContain('Resuming batch');
    expect(second.output()).toMatch(/Done in .*: 7 imported, 0 failed, of 7\./);
    expect(code).toBe(0);

    const documents = await db.document.findMany({ where: { projectId: project.id }, select: { kind: true, title: true } });
    expect(documents.filter((d) => d.kind === 'article')).toHaveLength(PAIRS);
    expect(new Set(documents.map((d) => d.title)).size).toBe(documents.length);
    const memories = documents.filter((d) => d.kind === 'memory');
    expect(memories).toHaveLength(1);
    expect(await db.bead.count({ where: { document: { projectId: project.id, kind: 'memory' } } })).toBe(TMX_UNITS);
    expect(await db.importFileChunk.count({ where: { item: { batch: { projectId: project.id } } } })).toBe(0);

    // A third run finds nothing left to do and imports nothing again.
    const third = runImport(args);
    expect((await third.exited)[0]).toBe(0);
    expect(third.output()).toContain('0 items left');
    expect(await db.document.count({ where: { projectId: project.id } })).toBe(PAIRS + 1);
  }, 600_000);

  it('answers a usage error with exit status 2 and a message, before touching anything', async () => {
    const run = runImport(['--project', project.id, path.join(dir, 'nothing-here.tmx')]);
    expect((await run.exited)[0]).toBe(2);
    expect(run.output()).toContain('does not exist');
  }, 120_000);
});

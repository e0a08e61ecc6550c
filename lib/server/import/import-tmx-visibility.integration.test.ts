import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tmxChunks } from '@/lib/formats/testing/generated-tmx';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { concordanceQuerySchema, searchConcordance } from '@/lib/server/concordance/search-concordance';
import { db } from '@/lib/server/db';
import { getDocument } from '@/lib/server/testing/get-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { toAppError } from '@/lib/server/errors';
import { exportProject, exportQuerySchema } from '@/lib/server/export/export-documents';
import { memoryStats } from '@/lib/server/memory/memory-stats';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { projectDashboard } from '@/lib/server/review/project-dashboard';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { CHUNK_UNITS, importTmx } from './import-tmx';
import { sweepAbandonedImports } from './importing-document';

// Atomicity by visibility (decision 053): a TMX import commits its chunks as it goes, into a document no reader
// sees until the import's last transaction. Paused halfway (a hook between chunks), every reader shows nothing of
// it; finished, everything appears at once. Failed, cancelled or killed, it leaves no row at all.

const UNITS = 3 * CHUNK_UNITS;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

async function failureCode(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => 'found',
    (error: unknown) => toAppError(error)?.code ?? String(error),
  );
}

async function exportedUnits(actor: SessionUser, projectId: string, documents?: string): Promise<number | string> {
  try {
    const file = await exportProject(actor, { projectId, query: exportQuerySchema.parse(documents ? { documents } : {}) });
    let text = '';
    for await (const chunk of file.chunks) text += chunk;
    return text.split('<tu ').length - 1;
  } catch (error) {
    return toAppError(error)?.code ?? String(error);
  }
}

/** What every reader shows of the project and of the import's document. */
async function whatReadersSee(actor: SessionUser, project: { id: string; sourceLang: string; targetLang: string }, documentId: string) {
  const dashboard = await projectDashboard(actor, { projectId: project.id });
  return {
    documentList: (await listDocuments(actor, { projectId: project.id })).length,
    documentGet: await failureCode(getDocument(actor, { documentId })),
    concordance: (await searchConcordance(actor, concordanceQuerySchema.parse({ q: 'announced', project: project.id }))).total,
    memoryUnits: (await memoryStats(project)).units,
    exportedUnits: await exportedUnits(actor, project.id),
    exportOfTheDocument: await exportedUnits(actor, project.id, documentId),
    dashboard: { documents: dashboard.documents.total, beads: dashboard.beads.total, memory: dashboard.memory.units },
    projectList: (await listMyProjects(actor)).find((p) => p.id === project.id)?.documentCount,
  };
}

async function newProject(owner: SessionUser) {
  const { id } = await makeProject(owner);
  return db.project.findUniqueOrThrow({ where: { id }, select: { id: true, sourceLang: true, targetLang: true } });
}

async function rowsOf(projectId: string) {
  return {
    documents: await db.document.count({ where: { projectId } }),
    segments: await db.segment.count({ where: { document: { projectId } } }),
    beads: await db.bead.count({ where: { document: { projectId } } }),
  };
}

describe('TMX import through several connections', () => {
  it('shows nothing of an import paused halfway, then all of it at once', async () => {
    const owner = await makeUser();
    const project = await newProject(owner);
    const paused = gate();
    const resume = gate();
    const running = importTmx(owner, {
      projectId: project.id,
      body: tmxChunks(UNITS),
      fileName: 'paused.tmx',
      onProgress: async ({ imported }) => {
        if (imported !== CHUNK_UNITS) return;
        paused.open();
        await resume.opened;
      },
    });
    await paused.opened;
    const [importing] = await db.document.findMany({ where: { projectId: project.id }, select: { id: true, status: true } });
    expect(importing.status).toBe('importing');
    // The rows are there (committed), yet nobody sees them.
    expect((await rowsOf(project.id)).beads).toBeGreaterThanOrEqual(CHUNK_UNITS);
    expect(await whatReadersSee(owner, project, importing.id)).toEqual({
      documentList: 0,
      documentGet: 'NOT_FOUND',
      concordance: 0,
      memoryUnits: 0,
      exportedUnits: 0,
      exportOfTheDocument: 'INVALID_INPUT', // what an id that does not exist gets
      dashboard: { documents: 0, beads: 0, memory: 0 },
      projectList: 0,
    });
    // A running import is not swept: it holds its lock.
    expect(await sweepAbandonedImports()).toBe(0);
    resume.open();
    const result = await running;
    expect(result).toMatchObject({ documentId: importing.id, imported: UNITS, skipped: 0 });
    const seen = await whatReadersSee(owner, project, importing.id);
    expect(seen).toMatchObject({
      documentList: 1,
      documentGet: 'found',
      memoryUnits: UNITS,
      exportedUnits: UNITS,
      exportOfTheDocument: UNITS,
      dashboard: { documents: 1, beads: UNITS, memory: UNITS },
      projectList: 1,
    });
    expect(seen.concordance).toBeGreaterThan(0);
    expect(await db.document.findUniqueOrThrow({ where: { id: importing.id }, select: { status: true } })).toEqual({ status: 'approved' });
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: 'tmx.import' } })).toBe(1);
  });

  it.each([1, 3])('writes every unit once, in order, with %i writers', async (writers) => {
    const owner = await makeUser();
    const project = await newProject(owner);
    const result = await importTmx(owner, { projectId: project.id, body: tmxChunks(UNITS + 7), fileName: 'w.tmx', writers });
    const beads = await db.bead.findMany({ where: { documentId: result.documentId! }, select: { position: true, meta: true } });
    expect(beads.map((b) => b.position).sort((a, b) => a - b)).toEqual(Array.from({ length: UNITS + 7 }, (_, i) => i));
    expect(beads.every((b) => (b.meta as { tuid: string }).tuid === `u${b.position}`)).toBe(true);
  });

  it('deletes everything when cancelled between chunks (a batch job that lost its claim)', async () => {
    const owner = await makeUser();
    const project = await newProject(owner);
    const error = await importTmx(owner, {
      projectId: project.id,
      body: tmxChunks(UNITS),
      fileName: 'cancelled.tmx',
      onProgress: ({ imported }) => {
        if (imported >= 2 * CHUNK_UNITS) throw new Error('cancelled');
      },
    }).catch((e: unknown) => e as Error);
    expect(error).toMatchObject({ message: 'cancelled' });
    expect(await rowsOf(project.id)).toEqual({ documents: 0, segments: 0, beads: 0 });
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: 'tmx.import' } })).toBe(0);
  });

  // `once`: the chunks lock the document and skip the per-row foreign-key checks (decision 054), what a superuser
  // role such as the tests' does by default; `per-row`: what a role without that right does.
  it.each(['once', 'per-row'] as const)(
    'deletes everything when the project is deleted halfway, answering not found (document check %s)',
    async (documentCheck) => {
      const owner = await makeUser();
      const project = await newProject(owner);
      const error = await importTmx(owner, {
        projectId: project.id,
        body: tmxChunks(UNITS),
        fileName: 'orphaned.tmx',
        documentCheck,
        onProgress: async ({ imported }) => {
          if (imported === CHUNK_UNITS) await db.project.delete({ where: { id: project.id } }); // another connection
        },
      }).catch((e: unknown) => toAppError(e));
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
      expect(await rowsOf(project.id)).toEqual({ documents: 0, segments: 0, beads: 0 });
      expect(await db.document.count({ where: { status: 'importing' } })).toBe(0);
      // No row outlived its document: the chunk in flight when the project went was deleted with it or refused.
      const [orphans] = await db.$queryRaw<{ segments: bigint; beads: bigint }[]>`
      SELECT (SELECT count(*) FROM "Segment" s WHERE NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = s."documentId")) AS "segments",
             (SELECT count(*) FROM "Bead" b WHERE NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = b."documentId")) AS "beads"`;
      expect(orphans).toEqual({ segments: 0n, beads: 0n });
    },
  );

  it('finds the importing documents to sweep through their own index, not by reading every document', async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`; // as on a table too large to scan
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>`EXPLAIN SELECT "id" FROM "Document" WHERE "status" = 'importing'`;
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('Document_importing_idx');
  });

  it('leaves an import killed with SIGKILL invisible, and the sweep deletes it', async () => {
    const owner = await makeUser();
    const project = await newProject(owner);
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', path.resolve('lib/server/testing/kill-inside-tmx-import.ts'), owner.id, project.id],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    expect(JSON.parse(String(line))).toEqual({ imported: CHUNK_UNITS });
    child.kill('SIGKILL');
    expect(await exited).toEqual([null, 'SIGKILL']);
    const [importing] = await db.document.findMany({ where: { projectId: project.id }, select: { id: true, status: true } });
    expect(importing.status).toBe('importing');
    expect(await whatReadersSee(owner, project, importing.id)).toMatchObject({ documentList: 0, documentGet: 'NOT_FOUND', memoryUnits: 0 });
    // PostgreSQL ends the dead process's sessions (and lets their locks go) once it notices the closed sockets:
    // wait for that state, not for a time.
    const heldBy = async () =>
      (
        await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM pg_locks WHERE locktype = 'advisory' AND classid = hashtext('bitext:tmx-import')::oid
            AND objid = hashtext(${importing.id})::oid AND objsubid = 2`
      )[0].n;
    while ((await heldBy()) > 0) await sleep(50);
    expect(await sweepAbandonedImports()).toBe(1);
    expect(await rowsOf(project.id)).toEqual({ documents: 0, segments: 0, beads: 0 });
  });
});

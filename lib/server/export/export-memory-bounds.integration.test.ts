import { beforeAll, describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import type { ExportUnit } from '@/lib/formats/export-unit';
import { writeTmx } from '@/lib/formats/tmx-writer';
import { db } from '@/lib/server/db';
import { errorResponse } from '@/lib/server/http/api-handler';
import { importTmx } from '@/lib/server/import/import-tmx';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { exportDocument, exportProject, exportQuerySchema, exportResponse } from './export-documents';
import { EXPORT_QUEUE, EXPORT_SLOTS, exportSlots, type SlotTicket } from './export-slots';
import { exportUnits, type ExportTuning, type UnitQuery } from './export-units';

// Issue 10 item 8, decision 026: what one export holds is bounded, and so is the number of exports running.
// Proven by counting (beads per query, exports running at once), never by the clock; and the restructured
// export is compared with the way it read before (whole documents, every tuid remembered).

const WHOLE: ExportTuning = { pageBeads: 1_000_000_000, rememberEveryTuid: true };

async function tmxOf(query: UnitQuery, tuning?: ExportTuning): Promise<string> {
  return collectChunks(
    writeTmx(exportUnits(query, tuning), { srclang: 'ko-KR', creationToolVersion: 't', segtype: query.level, now: new Date(0) }),
  );
}

async function unitsTmx(units: { tuid: string; ko: string; en: string }[]): Promise<Uint8Array> {
  const now = new Date('2026-01-02T03:04:05Z');
  const full: ExportUnit[] = units.map((u) => ({
    tuid: u.tuid,
    sourceText: u.ko,
    targetText: u.en,
    sourceLang: 'ko-KR',
    targetLang: 'en-US',
    created: now,
    changed: now,
    creator: 't',
    changer: 't',
    status: 'approved',
    confidence: null,
    notes: [],
    props: {},
  }));
  return new TextEncoder().encode(await collectChunks(writeTmx(full, { srclang: 'ko-KR', creationToolVersion: 't' })));
}

/** A response body, the header's creation date (the clock) left out. */
async function readAll(response: Response): Promise<string> {
  return (await new Response(response.body).text()).replace(/creationdate="\w+"/, '');
}

describe('export memory bounds', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let articleId: string;

  beforeAll(async () => {
    team = await makeTeam();
    articleId = (await makeDocument(team.editor, team.project.id)).id;
  });

  const query = (documentIds: string[], level: 'sentence' | 'paragraph'): UnitQuery => ({
    documentIds,
    sourceLang: 'ko',
    targetLang: 'en',
    langStyle: 'region',
    level,
    includeComments: false,
    filter: { approvedOnly: false },
  });

  it('reads a paragraph export in pages and gives exactly the units of the whole document', async () => {
    const total = await db.bead.count({ where: { documentId: articleId } });
    const whole = await tmxOf(query([articleId], 'paragraph'), WHOLE);
    expect((whole.match(/<tu /g) ?? []).length).toBeGreaterThan(1);
    for (const pageBeads of [1, 2, 3, 5]) {
      const reads: number[] = [];
      const paged = await tmxOf(query([articleId], 'paragraph'), { pageBeads, rememberEveryTuid: false, onPage: (n) => reads.push(n) });
      expect(paged).toBe(whole);
      expect(reads.length).toBeGreaterThan(1);
      expect(Math.max(...reads)).toBeLessThan(total); // never the whole document at once
    }
  });

  it('reads a sentence export at most one page of beads per query, with the same output', async () => {
    const reads: number[] = [];
    const paged = await tmxOf(query([articleId], 'sentence'), { pageBeads: 4, rememberEveryTuid: false, onPage: (n) => reads.push(n) });
    expect(paged).toBe(await tmxOf(query([articleId], 'sentence'), WHOLE));
    expect(Math.max(...reads)).toBeLessThanOrEqual(4);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(await db.bead.count({ where: { documentId: articleId } }));
  });

  it('gives the same unique tuids as remembering every tuid, for memories imported twice and ids that collide', async () => {
    const other = await makeTeam();
    const tmx = (tuids: string[], text: string) =>
      unitsTmx(tuids.map((tuid, i) => ({ tuid, ko: `${text} ${i} 문장.`, en: `${text} ${i} sentence.` })));
    const own = await importTmx(other.owner, { projectId: other.project.id, body: await tmx(['x', 'x', 'x'], 'own'), fileName: 'own.tmx' });
    const beads = await db.bead.findMany({ where: { documentId: own.documentId! }, orderBy: { position: 'asc' }, select: { id: true } });
    const gen = (i: number) => `${own.documentId}-${beads[i].id}`;
    // Exported first: claims the ids of `own`'s first two units, and the name the second would be renamed to.
    const claims = await importTmx(other.owner, {
      projectId: other.project.id,
      body: await tmx([gen(0), gen(1), `${gen(1)}-4`], 'claim'),
      fileName: 'claims.tmx',
    });
    await db.document.update({ where: { id: claims.documentId! }, data: { createdAt: new Date('2000-01-01') } });
    const later = await tmx(['dup', 'dup', 'x'], 'later'); // imported twice
    await importTmx(other.owner, { projectId: other.project.id, body: later, fileName: 'c.tmx' });
    await importTmx(other.owner, { projectId: other.project.id, body: later, fileName: 'd.tmx' });

    const documents = await db.document.findMany({
      where: { projectId: other.project.id },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    const q = query(
      documents.map((d) => d.id),
      'sentence',
    );
    // The last resort name is random: `own`'s second unit finds its stored tuid, its id and its renamed id taken.
    const lastResort = (tmx: string) =>
      tmx.replace(new RegExp(`${gen(1)}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"`, 'g'), `${gen(1)}-LAST-RESORT"`);
    const before = lastResort(await tmxOf(q, WHOLE));
    const tuids = [...before.matchAll(/tuid="([^"]+)"/g)].map((m) => m[1]);
    expect(tuids).toHaveLength(12);
    expect(new Set(tuids).size).toBe(tuids.length);
    expect(tuids.slice(0, 7)).toEqual([gen(0), gen(1), `${gen(1)}-4`, 'x', `${gen(1)}-LAST-RESORT`, gen(2), 'dup']);
    expect(lastResort(await tmxOf(q))).toBe(before); // the ledger of contested ids gives the same file
  });

  it(`never runs more than ${EXPORT_SLOTS} exports at once; the others answer at once and wait`, async () => {
    exportSlots.maxRunning = 0;
    const responses = await Promise.all(
      Array.from({ length: EXPORT_SLOTS + 3 }, async () =>
        exportResponse(await exportDocument(team.viewer, { documentId: articleId, query: exportQuerySchema.parse({ status: 'all' }) })),
      ),
    );
    for (const r of responses) expect(r.headers.get('content-type')).toMatch(/x-tmx/); // headers before any slot
    expect(exportSlots.stats.admitted).toBe(EXPORT_SLOTS + 3);
    expect(exportSlots.stats.running).toBeLessThanOrEqual(EXPORT_SLOTS);
    const bodies = await Promise.all(responses.map(readAll));
    expect(exportSlots.maxRunning).toBe(EXPORT_SLOTS);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('<tu ');
    expect(exportSlots.stats).toMatchObject({ running: 0, waiting: 0, admitted: 0 });
  });

  it('answers 503 SERVER_BUSY with Retry-After when the queue is full, and frees the place of a client that left', async () => {
    expect(exportSlots.stats.admitted).toBe(0);
    const held: SlotTicket[] = Array.from({ length: EXPORT_SLOTS + EXPORT_QUEUE - 1 }, () => exportSlots.admit());
    try {
      for (const t of held.slice(0, EXPORT_SLOTS)) await t.start();
      const last = exportResponse(await exportProject(team.viewer, { projectId: team.project.id, query: exportQuerySchema.parse({}) }));
      let busy: unknown;
      await exportProject(team.viewer, { projectId: team.project.id, query: exportQuerySchema.parse({}) }).catch(
        (error: unknown) => (busy = error),
      );
      const answer = errorResponse(busy);
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('30');
      expect(await answer.json()).toMatchObject({ error: { code: 'SERVER_BUSY' } });

      await last.body!.cancel(); // the client of the queued export went away before it started
      expect(exportSlots.stats.admitted).toBe(EXPORT_SLOTS + EXPORT_QUEUE - 1);
      const next = exportResponse(await exportProject(team.viewer, { projectId: team.project.id, query: exportQuerySchema.parse({}) }));
      for (const t of held) t.release();
      expect(await readAll(next)).toContain('</tmx>');
    } finally {
      for (const t of held) t.release();
    }
    expect(exportSlots.stats).toMatchObject({ running: 0, waiting: 0, admitted: 0 });
  });
});

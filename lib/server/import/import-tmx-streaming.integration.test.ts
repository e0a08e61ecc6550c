import { describe, expect, it } from 'vitest';
import { generatedUnit, TMX_HEAD, TMX_TAIL, tmxChunks } from '@/lib/formats/testing/generated-tmx';
import { db } from '@/lib/server/db';
import { toAppError } from '@/lib/server/errors';
import { makeProject, makeUser } from '@/lib/server/testing/factories';
import { visibleDocument } from '@/lib/server/documents/visible-documents';
import { CHUNK_UNITS, importTmx, MAX_REPORTED_ERRORS } from './import-tmx';

// Flat memory, proven by counting (decision 037): what the import holds never grows with the file. The input is
// a generator that counts the units it has handed over; at every chunk the importer passes to the database,
// the units it has read but not yet passed on are bounded by one chunk plus the reader's look-ahead, and the
// chunks being written by one per writer connection (decision 053).

const encoder = new TextEncoder();
const countUnits = (text: string) => text.split('<tu ').length - 1;

/** The generated file as bytes, counting the units pulled so far into `counter.pulled`. */
async function* counted(chunks: Iterable<string>, counter: { pulled: number }): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    counter.pulled += countUnits(chunk);
    yield encoder.encode(chunk);
  }
}

/** What readers can see (`visible`), or every row there is. */
async function memoryRows(projectId: string, which: 'visible' | 'all' = 'visible') {
  const where = which === 'visible' ? { projectId, ...visibleDocument } : { projectId };
  const documents = await db.document.count({ where });
  const segments = await db.segment.count({ where: { document: where } });
  return { documents, segments };
}

describe('streaming TMX import', () => {
  it.each([2, 3])('holds at most one chunk being parsed and one per writer (%i writers), however long the file', async (writers) => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const units = 5 * CHUNK_UNITS + 123;
    const counter = { pulled: 0 };
    const handed: { held: number; readAhead: number; inFlight: number }[] = [];
    let passed = 0;
    const result = await importTmx(owner, {
      projectId: project.id,
      body: counted(tmxChunks(units), counter),
      fileName: 'long.tmx',
      writers,
      onChunk: ({ units: held, inFlight }) => {
        passed += held;
        handed.push({ held, readAhead: counter.pulled - passed, inFlight });
      },
    });
    expect(result).toMatchObject({ imported: units, skipped: 0 });
    expect(handed).toHaveLength(6);
    // One input chunk (64 K characters, ~330 units) is the reader's look-ahead; a file-sized buffer would show here.
    const lookAhead = countUnits([...tmxChunks(CHUNK_UNITS)][0]) + 1;
    for (const { held, readAhead, inFlight } of handed) {
      expect(held).toBeLessThanOrEqual(CHUNK_UNITS);
      expect(readAhead).toBeLessThanOrEqual(lookAhead);
      expect(inFlight).toBeLessThanOrEqual(writers);
    }
    const beads = await db.bead.findMany({
      where: { documentId: result.documentId! },
      orderBy: { position: 'asc' },
      select: { position: true, status: true },
      skip: units - 2,
    });
    expect(beads).toEqual([
      { position: units - 2, status: 'approved' },
      { position: units - 1, status: 'approved' },
    ]);
    expect(await memoryRows(project.id)).toEqual({ documents: 1, segments: 2 * units });
  });

  it('keeps the first problems and counts the rest', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const bad = MAX_REPORTED_ERRORS + 500;
    const oneSided = (i: number) => `<tu tuid="bad${i}"><tuv xml:lang="ko-KR"><seg>한쪽만 ${i}</seg></tuv></tu>\n`;
    const body = TMX_HEAD + Array.from({ length: bad }, (_, i) => oneSided(i)).join('') + generatedUnit(1) + TMX_TAIL;
    const result = await importTmx(owner, { projectId: project.id, body, fileName: 'mostly-bad.tmx' });
    expect(result).toMatchObject({ imported: 1, skipped: bad });
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
  });

  it('leaves nothing visible while it runs, and nothing at all when the file breaks after several chunks', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const seenWhileRunning: Awaited<ReturnType<typeof memoryRows>>[] = [];
    function* broken(): Generator<string> {
      for (const chunk of tmxChunks(4 * CHUNK_UNITS)) if (!chunk.endsWith(TMX_TAIL)) yield chunk; // no closing tags
      yield '<tu><tuv xml:lang="ko-KR"><seg>끊긴</seg></tu></body></tmx>'; // </tu> closes an open <tuv>: malformed
    }
    const error = await importTmx(owner, {
      projectId: project.id,
      body: counted(broken(), { pulled: 0 }),
      fileName: 'broken.tmx',
      onProgress: async () => void seenWhileRunning.push(await memoryRows(project.id)),
    }).catch((e: unknown) => toAppError(e));
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(seenWhileRunning.length).toBeGreaterThanOrEqual(2);
    expect(seenWhileRunning.every((rows) => rows.documents === 0 && rows.segments === 0)).toBe(true);
    // Deleted, not only hidden: no row of the import is left.
    expect(await memoryRows(project.id, 'all')).toEqual({ documents: 0, segments: 0 });
    const audits = await db.auditEvent.count({ where: { projectId: project.id, action: 'tmx.import' } });
    expect(audits).toBe(0);
  });

  it('writes text and metadata with tabs, line breaks and backslashes exactly (COPY escapes them: decision 048)', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const hostile = ['tab\there', 'line\nbreak\r\nand CR', 'back\\slash \\N \\t', '\\.', 'tail\\'];
    const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('\t', '&#9;').replaceAll('\r', '&#13;');
    const body =
      TMX_HEAD +
      hostile
        .map(
          (text, i) =>
            `<tu tuid="h${i}"><note>${xml(`note ${text}`)}</note><tuv xml:lang="ko-KR"><seg>${xml(`한 ${text}`)}</seg></tuv>` +
            `<tuv xml:lang="en-US"><seg>${xml(`en ${text}`)}</seg></tuv></tu>\n`,
        )
        .join('') +
      TMX_TAIL;
    const result = await importTmx(owner, { projectId: project.id, body, fileName: 'hostile.tmx' });
    expect(result).toMatchObject({ imported: hostile.length, skipped: 0 });
    const segments = await db.segment.findMany({
      where: { documentId: result.documentId! },
      orderBy: [{ position: 'asc' }, { side: 'asc' }],
      select: { side: true, text: true },
    });
    expect(segments.map((s) => s.text)).toEqual(hostile.flatMap((text) => [`한 ${text}`, `en ${text}`]));
    const beads = await db.bead.findMany({ where: { documentId: result.documentId! }, orderBy: { position: 'asc' } });
    expect(beads.map((b) => (b.meta as { notes: string[] }).notes)).toEqual(hostile.map((text) => [`note ${text}`]));
    // Each bead names its own two segments.
    const ids = await db.segment.findMany({ where: { documentId: result.documentId! }, select: { id: true, side: true, position: true } });
    for (const bead of beads) {
      const [source] = bead.sourceIds;
      const [target] = bead.targetIds;
      expect(ids.find((s) => s.id === source)).toMatchObject({ side: 'source', position: bead.position });
      expect(ids.find((s) => s.id === target)).toMatchObject({ side: 'target', position: bead.position });
    }
    expect(beads.every((b) => b.updatedAt instanceof Date && Math.abs(b.updatedAt.getTime() - Date.now()) < 24 * 3600_000)).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { exportDocument, exportQuerySchema } from '@/lib/server/export/export-documents';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { failure } from '@/lib/server/testing/failure';
import { collectChunks } from '@/lib/formats/chunked-output';
import { applyDocumentOperation, operationRequestSchema } from './apply-document-operation';
import { undoRedo } from './undo-redo-operation';
import { getDocument } from '@/lib/server/testing/get-document';

// Issue 11 items 3 and 5 against PostgreSQL: a moved link is stored, read back, realigned around, exported and
// undone; realign keeps what an editor did by hand (decision 022).

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Doc = Awaited<ReturnType<typeof getDocument>>;

async function op(
  team: Team,
  doc: { version: number },
  documentId: string,
  operation: Parameters<typeof applyDocumentOperation>[1]['operation'],
) {
  return applyDocumentOperation(team.editor, { documentId, baseVersion: doc.version, operation });
}

const links = (doc: Pick<Doc, 'beads'>) => doc.beads.map((b) => [b.id, b.source, b.target, b.moved ?? false]);

describe('realign keeps manual work', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('a link the editor detached stays detached after realign from the top', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const linked = doc.beads.findIndex((b, k) => k > 0 && b.source.length === 1 && b.target.length === 1);
    const detached = await op(team, doc, id, { type: 'detach', segmentId: doc.beads[linked].target[0] });
    const omission = detached.beads.find((b) => b.source[0] === doc.beads[linked].source[0]);
    expect(omission).toMatchObject({ source: doc.beads[linked].source, target: [], origin: 'manual', status: 'edited' });

    const realigned = await op(team, detached, id, { type: 'realign', fromBeadId: detached.beads[0].id });
    expect(links(realigned)).toEqual(links(detached));
    expect(links(await getDocument(team.editor, { documentId: id }))).toEqual(links(detached));
  });

  it('a bead a reviewer rejected is realigned again', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const merged = await op(team, doc, id, { type: 'merge', beadId: doc.beads[1].id });
    const rejected = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: merged.version,
      operation: { type: 'review', event: 'reject', beadIds: [merged.beads[1].id], reason: 'Two sentences glued' },
    });
    const realigned = await op(team, rejected, id, { type: 'realign', fromBeadId: rejected.beads[0].id });
    expect(realigned.beads.map((b) => [b.source, b.target])).toEqual(doc.beads.map((b) => [b.source, b.target]));
  });
});

describe('moved links against PostgreSQL', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  /** Detaches the source of two distant 1-1 beads: two omissions and two additions, far apart. */
  async function withOmissionAndAddition(documentId: string) {
    const doc = await getDocument(team.editor, { documentId });
    const pairs = doc.beads.filter((b) => b.source.length === 1 && b.target.length === 1);
    const [early, late] = [pairs[1], pairs[pairs.length - 1]];
    const a = await op(team, doc, documentId, { type: 'detach', segmentId: early.source[0] });
    const b = await op(team, a, documentId, { type: 'detach', segmentId: late.source[0] });
    const omission = b.beads.find((x) => x.source[0] === early.source[0])!;
    const addition = b.beads.find((x) => x.source.length === 0 && x.target[0] === late.target[0])!;
    return { state: b, omission, addition, early, late };
  }

  it('links a moved pair, stores it, keeps it through realign, exports it as a unit and undoes exactly', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const { state, omission, addition, early, late } = await withOmissionAndAddition(id);
    const before = await db.bead.findMany({ where: { documentId: id }, orderBy: { position: 'asc' } });

    const linked = await op(team, state, id, { type: 'linkMoved', beadIds: [omission.id, addition.id] });
    const moved = linked.beads.find((b) => b.id === omission.id)!;
    expect(moved).toMatchObject({ source: early.source, target: late.target, moved: true, status: 'edited' });
    const reloaded = await getDocument(team.editor, { documentId: id });
    expect(links(reloaded)).toEqual(links(linked));
    expect(await db.bead.count({ where: { documentId: id, moved: true } })).toBe(1);

    const logged = () => db.operation.count({ where: { documentId: id, undone: false } });
    const linkedOps = await logged();
    const realigned = await op(team, reloaded, id, { type: 'realign', fromBeadId: reloaded.beads[0].id });
    const realignOps = (await logged()) - linkedOps; // 0 when realign found nothing to change
    expect(realigned.beads.find((b) => b.id === omission.id)).toMatchObject({ moved: true, target: late.target });

    const texts = new Map(realigned.source.concat(realigned.target).map((s) => [s.id, s.text]));
    const tsv = await collectChunks(
      (await exportDocument(team.editor, { documentId: id, query: exportQuerySchema.parse({ status: 'all', format: 'tsv' }) })).chunks,
    );
    expect(tsv).toContain(`${texts.get(early.source[0])}\t${texts.get(late.target[0])}`);

    let undone = realigned;
    for (let i = 0; i <= realignOps; i += 1) {
      undone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'undo' });
    }
    expect(undone.beads.some((b) => b.moved)).toBe(false);
    const after = await db.bead.findMany({ where: { documentId: id }, orderBy: { position: 'asc' } });
    expect(after.map(({ updatedAt: _u, ...row }) => row)).toEqual(before.map(({ updatedAt: _u, ...row }) => row));
  });

  it('unlinks a moved link back into an omission and an addition', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const { state, omission, addition } = await withOmissionAndAddition(id);
    const linked = await op(team, state, id, { type: 'linkMoved', beadIds: [addition.id, omission.id] });
    const unlinked = await op(team, linked, id, { type: 'unlinkMoved', beadId: omission.id });
    expect(unlinked.beads.some((b) => b.moved)).toBe(false);
    expect(unlinked.beads.map((b) => [b.source, b.target])).toEqual(state.beads.map((b) => [b.source, b.target]));
  });

  it('refuses hostile or nonsensical moved-link requests with 4xx and changes nothing', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const count = await db.operation.count({ where: { documentId: id } });
    const tries = [
      { type: 'linkMoved', beadIds: [doc.beads[0].id, doc.beads[3].id] }, // two linked beads
      { type: 'linkMoved', beadIds: [doc.beads[0].id, doc.beads[0].id] }, // the same bead twice
      { type: 'linkMoved', beadIds: ['x'.repeat(10_000), doc.beads[0].id] },
      { type: 'unlinkMoved', beadId: doc.beads[0].id }, // not moved
      { type: 'unlinkMoved', beadId: '\'; DROP TABLE "Bead"; --' },
    ];
    let refusedAtBoundary = 0;
    for (const operation of tries) {
      // As the route does: the zod boundary first (a 400), then the operation itself.
      const parsed = operationRequestSchema.safeParse({ baseVersion: doc.version, operation });
      if (!parsed.success) {
        refusedAtBoundary += 1;
        continue;
      }
      const error = await failure(applyDocumentOperation(team.editor, { documentId: id, ...parsed.data }));
      expect(error.status, JSON.stringify(operation).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(error.status).toBeLessThan(500);
    }
    expect(refusedAtBoundary).toBe(2);
    expect(await db.operation.count({ where: { documentId: id } })).toBe(count);
    // A viewer cannot link at all.
    const viewer = await failure(
      applyDocumentOperation(team.viewer, {
        documentId: id,
        baseVersion: doc.version,
        operation: { type: 'unlinkMoved', beadId: doc.beads[0].id },
      }),
    );
    expect(viewer.status).toBe(403);
  });
});

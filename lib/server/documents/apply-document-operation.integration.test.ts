import { failure } from '@/lib/server/testing/failure';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { setLabels } from '@/lib/server/review/set-labels';
import { applyDocumentOperation, undoRedo } from './apply-document-operation';
import { getDocument } from './get-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;


async function snapshot(documentId: string) {
  const [segments, beads, operations, audits] = await Promise.all([
    db.segment.findMany({ where: { documentId }, orderBy: [{ side: 'asc' }, { position: 'asc' }], select: { id: true, text: true, position: true, side: true } }),
    db.bead.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { id: true, sourceIds: true, targetIds: true, status: true, position: true } }),
    db.operation.count({ where: { documentId } }),
    db.auditEvent.count({ where: { documentId } }),
  ]);
  return { segments, beads, operations, audits };
}

describe('document operations against PostgreSQL', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('merges, logs the operation with an audit event, and undoes and redoes across reloads', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, id);
    const original = await snapshot(id);
    const merged = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: start.version, operation: { type: 'merge', beadId: start.beads[1].id } });
    expect(merged.version).toBe(start.version + 1);
    expect(merged.beads).toHaveLength(start.beads.length - 1);
    expect(merged.beads[1].source).toEqual([...start.beads[1].source, ...start.beads[2].source]);
    expect(merged.beads[1].status).toBe('edited');
    expect(merged.canUndo).toBe(true);

    const reloaded = await getDocument(team.editor, id); // a reload reads the database, not memory
    expect(reloaded.beads.map((b) => b.id)).toEqual(merged.beads.map((b) => b.id));
    expect(await db.operation.count({ where: { documentId: id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { documentId: id, action: 'operation.merge' } })).toBe(1);

    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: reloaded.version, direction: 'undo' });
    const afterUndo = await snapshot(id);
    expect(afterUndo.beads).toEqual(original.beads);
    expect(afterUndo.segments).toEqual(original.segments);
    expect(undone.canRedo).toBe(true);

    const redone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect((await getDocument(team.editor, id)).beads.map((b) => b.id)).toEqual(redone.beads.map((b) => b.id));
    expect(redone.beads.map((b) => b.id)).toEqual(merged.beads.map((b) => b.id));
  });

  it('refuses a stale base version with 409 and the current version, and changes nothing', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'confirm', beadIds: [doc.beads[0].id] } });
    const before = await snapshot(id);
    const conflict = await failure(applyDocumentOperation(team.admin, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: doc.beads[0].id } }));
    expect(conflict.status).toBe(409);
    expect(conflict.details).toEqual({ currentVersion: doc.version + 1 });
    expect(await snapshot(id)).toEqual(before);
  });

  it('leaves nothing behind when an operation fails', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const before = await snapshot(id);
    const lastBead = doc.beads[doc.beads.length - 1];
    expect((await failure(applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: lastBead.id } }))).status).toBe(422);
    expect((await failure(applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'splitSegment', segmentId: doc.source[0].id, offset: 99_999 } }))).status).toBe(422);
    expect((await failure(applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: 'no-such-bead' } }))).status).toBe(404);
    expect(await snapshot(id)).toEqual(before);
    expect((await getDocument(team.editor, id)).version).toBe(doc.version);
  });

  it('edits text, keeps the old text in history, and undo restores it', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const segment = doc.target[1];
    const edited = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'editText', segmentId: segment.id, text: `${segment.text} (corrected)` } });
    expect(edited.target[1].text).toBe(`${segment.text} (corrected)`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId: id, action: 'operation.editText' } });
    expect(event.before).toEqual({ segmentId: segment.id, beadId: doc.beads.find((b) => b.target.includes(segment.id))!.id, text: segment.text });
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: edited.version, direction: 'undo' });
    expect(undone.target[1].text).toBe(segment.text);
  });

  it('ends the redo stack when a new change is made', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const a = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'confirm', beadIds: [doc.beads[0].id] } });
    const b = await undoRedo(team.editor, { documentId: id, baseVersion: a.version, direction: 'undo' });
    const c = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: b.version, operation: { type: 'confirm', beadIds: [doc.beads[1].id] } });
    expect(c.canRedo).toBe(false);
    expect((await failure(undoRedo(team.editor, { documentId: id, baseVersion: c.version, direction: 'redo' }))).message).toBe('There is nothing to redo.');
  });

  it('realigns from a bead, keeping confirmed beads', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const merged = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: doc.beads[2].id } });
    const confirmed = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: merged.version, operation: { type: 'confirm', beadIds: [merged.beads[0].id] } });
    const realigned = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: confirmed.version, operation: { type: 'realign', fromBeadId: confirmed.beads[0].id } });
    expect(realigned.beads[0]).toMatchObject({ id: merged.beads[0].id, status: 'confirmed' });
    expect(realigned.beads.map((b) => [b.source, b.target])).toEqual(doc.beads.map((b) => [b.source, b.target]));
  });

  it('marks a bead changed since review after a rejection is fixed', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const bead = doc.beads[0];
    const rejected = await applyDocumentOperation(team.reviewer, { documentId: id, baseVersion: doc.version, operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'Wrong date' } });
    expect(rejected.beads[0]).toMatchObject({ status: 'rejected', rejectReason: 'Wrong date', changedSinceReview: false });
    const fixed = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: rejected.version, operation: { type: 'editText', segmentId: bead.target[0], text: 'A corrected headline' } });
    expect(fixed.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
  });

  it('keeps labels through a merge and its undo', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    await setLabels(team.reviewer, { documentId: id, beadId: doc.beads[2].id, labels: ['terminology'] });
    const merged = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: doc.beads[1].id } });
    expect(merged.beads[1].labels).toEqual(['terminology']);
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo' });
    expect(undone.beads[2]).toMatchObject({ id: doc.beads[2].id, labels: ['terminology'] });
  });

  it('refuses alignment operations to viewers and reviewers', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    for (const user of [team.viewer, team.reviewer]) {
      expect((await failure(applyDocumentOperation(user, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: doc.beads[0].id } }))).status).toBe(403);
    }
  });
});

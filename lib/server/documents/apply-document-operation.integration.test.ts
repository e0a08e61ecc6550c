import { failure } from '@/lib/server/testing/failure';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { listEditorQueue } from '@/lib/server/review/list-editor-queue';
import { getBeadReview } from '@/lib/server/review/get-bead-review';
import { setLabels } from '@/lib/server/review/set-labels';
import { applyDocumentOperation } from './apply-document-operation';
import { undoRedo } from './undo-redo-operation';
import { getDocument } from '@/lib/server/testing/get-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;

async function snapshot(documentId: string) {
  const [segments, beads, operations, audits] = await Promise.all([
    db.segment.findMany({
      where: { documentId },
      orderBy: [{ side: 'asc' }, { position: 'asc' }],
      select: { id: true, text: true, position: true, side: true },
    }),
    db.bead.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true, sourceIds: true, targetIds: true, status: true, position: true },
    }),
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
    const start = await getDocument(team.editor, { documentId: id });
    const original = await snapshot(id);
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'merge', beadId: start.beads[1].id },
    });
    expect(merged.version).toBe(start.version + 1);
    expect(merged.beads).toHaveLength(start.beads.length - 1);
    expect(merged.beads[1].source).toEqual([...start.beads[1].source, ...start.beads[2].source]);
    expect(merged.beads[1].status).toBe('edited');
    expect(merged.canUndo).toBe(true);

    const reloaded = await getDocument(team.editor, { documentId: id }); // a reload reads the database, not memory
    expect(reloaded.beads.map((b) => b.id)).toEqual(merged.beads.map((b) => b.id));
    expect(await db.operation.count({ where: { documentId: id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { documentId: id, action: 'operation.merge' } })).toBe(1);

    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: reloaded.version, direction: 'undo' });
    const afterUndo = await snapshot(id);
    expect(afterUndo.beads).toEqual(original.beads);
    expect(afterUndo.segments).toEqual(original.segments);
    expect(undone.canRedo).toBe(true);

    const redone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect((await getDocument(team.editor, { documentId: id })).beads.map((b) => b.id)).toEqual(redone.beads.map((b) => b.id));
    expect(redone.beads.map((b) => b.id)).toEqual(merged.beads.map((b) => b.id));
  });

  it('refuses a stale base version with 409 and the current version, and changes nothing', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    const before = await snapshot(id);
    const conflict = await failure(
      applyDocumentOperation(team.admin, {
        documentId: id,
        baseVersion: doc.version,
        operation: { type: 'merge', beadId: doc.beads[0].id },
      }),
    );
    expect(conflict.status).toBe(409);
    // The confirm and the merge meet at bead 1: the 409 says where (decision 042).
    expect(conflict.details).toMatchObject({ currentVersion: doc.version + 1, beads: [1] });
    expect(await snapshot(id)).toEqual(before);
  });

  it('leaves nothing behind when an operation fails', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const before = await snapshot(id);
    const lastBead = doc.beads[doc.beads.length - 1];
    expect(
      (
        await failure(
          applyDocumentOperation(team.editor, {
            documentId: id,
            baseVersion: doc.version,
            operation: { type: 'merge', beadId: lastBead.id },
          }),
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await failure(
          applyDocumentOperation(team.editor, {
            documentId: id,
            baseVersion: doc.version,
            operation: { type: 'splitSegment', segmentId: doc.source[0].id, offset: 99_999 },
          }),
        )
      ).status,
    ).toBe(422);
    expect(
      (
        await failure(
          applyDocumentOperation(team.editor, {
            documentId: id,
            baseVersion: doc.version,
            operation: { type: 'merge', beadId: 'no-such-bead' },
          }),
        )
      ).status,
    ).toBe(404);
    expect(await snapshot(id)).toEqual(before);
    expect((await getDocument(team.editor, { documentId: id })).version).toBe(doc.version);
  });

  it('edits text, keeps the old text in history, and undo restores it', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const segment = doc.target[1];
    const edited = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'editText', segmentId: segment.id, text: `${segment.text} (corrected)` },
    });
    expect(edited.target[1].text).toBe(`${segment.text} (corrected)`);
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId: id, action: 'operation.editText' } });
    expect(event.before).toEqual({
      segmentId: segment.id,
      beadId: doc.beads.find((b) => b.target.includes(segment.id))!.id,
      text: segment.text,
    });
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: edited.version, direction: 'undo' });
    expect(undone.target[1].text).toBe(segment.text);
  });

  it('ends the redo stack when a new change is made', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const a = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    const b = await undoRedo(team.editor, { documentId: id, baseVersion: a.version, direction: 'undo' });
    const c = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: b.version,
      operation: { type: 'confirm', beadIds: [doc.beads[1].id] },
    });
    expect(c.canRedo).toBe(false);
    expect((await failure(undoRedo(team.editor, { documentId: id, baseVersion: c.version, direction: 'redo' }))).message).toBe(
      'You have no undone change to redo.',
    );
  });

  it('realigns from a bead, keeping confirmed beads and a merge made by hand (decision 022)', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'merge', beadId: doc.beads[2].id },
    });
    const confirmed = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: merged.version,
      operation: { type: 'confirm', beadIds: [merged.beads[0].id] },
    });
    const realigned = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: confirmed.version,
      operation: { type: 'realign', fromBeadId: confirmed.beads[0].id },
    });
    expect(realigned.beads[0]).toMatchObject({ id: merged.beads[0].id, status: 'confirmed' });
    expect(realigned.beads.map((b) => [b.id, b.source, b.target])).toEqual(merged.beads.map((b) => [b.id, b.source, b.target]));
  });

  it('marks a bead changed since review after a rejection is fixed', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[0];
    const rejected = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'Wrong date' },
    });
    expect(rejected.beads[0]).toMatchObject({ status: 'rejected', rejectReason: 'Wrong date', changedSinceReview: false });
    const fixed = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: rejected.version,
      operation: { type: 'editText', segmentId: bead.target[0], text: 'A corrected headline' },
    });
    expect(fixed.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
  });

  it('keeps labels through a merge and its undo', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    await setLabels(team.reviewer, { documentId: id, beadId: doc.beads[2].id, labels: ['terminology'] });
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'merge', beadId: doc.beads[1].id },
    });
    expect(merged.beads[1].labels).toEqual(['terminology']);
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo' });
    expect(undone.beads[2]).toMatchObject({ id: doc.beads[2].id, labels: ['terminology'] });
  });

  it('refuses alignment operations to viewers and reviewers', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    for (const user of [team.viewer, team.reviewer]) {
      expect(
        (
          await failure(
            applyDocumentOperation(user, {
              documentId: id,
              baseVersion: doc.version,
              operation: { type: 'merge', beadId: doc.beads[0].id },
            }),
          )
        ).status,
      ).toBe(403);
    }
  });
});

describe('undoing a review decision', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  const sideData = (beadId: string) =>
    db.bead.findUniqueOrThrow({ where: { id: beadId }, select: { status: true, rejectReason: true, reviewedSnapshot: true } });
  const decisions = (beadId: string) =>
    db.reviewDecision.findMany({
      where: { beadId },
      orderBy: { createdAt: 'asc' },
      select: { decision: true, reason: true, reviewerId: true },
    });
  const queued = async (documentId: string) =>
    (await listEditorQueue(team.editor)).rejected.filter((r) => r.documentId === documentId).map((r) => r.beadId);

  it('takes a rejection out of the editor queue on undo and brings it back on redo', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[0];
    const rejected = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'Wrong date' },
    });
    expect(await queued(id)).toEqual([bead.id]);
    const audits = await db.auditEvent.count({ where: { documentId: id } });

    const undone = await undoRedo(team.reviewer, { documentId: id, baseVersion: rejected.version, direction: 'undo' });
    expect(undone.beads[0]).toMatchObject({ id: bead.id, status: bead.status, rejectReason: null, changedSinceReview: false });
    expect(await sideData(bead.id)).toEqual({ status: bead.status, rejectReason: null, reviewedSnapshot: null });
    expect(await decisions(bead.id)).toEqual([]);
    expect(await queued(id)).toEqual([]);
    expect((await getBeadReview(team.reviewer, { documentId: id, beadId: bead.id })).decisions).toEqual([]);

    const redone = await undoRedo(team.reviewer, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect(redone.beads[0]).toMatchObject({ status: 'rejected', rejectReason: 'Wrong date' });
    expect(await decisions(bead.id)).toEqual([{ decision: 'reject', reason: 'Wrong date', reviewerId: team.reviewer.id }]);
    // The decision recorded again keeps the time of the operation that first made it.
    const [again] = await db.reviewDecision.findMany({ where: { beadId: bead.id }, select: { createdAt: true, operationId: true } });
    const made = await db.operation.findUniqueOrThrow({ where: { id: again.operationId! }, select: { createdAt: true } });
    expect(again.createdAt).toEqual(made.createdAt);
    const [item] = (await listEditorQueue(team.editor)).rejected.filter((r) => r.documentId === id);
    expect(item).toMatchObject({ beadId: bead.id, reason: 'Wrong date', rejectedBy: { id: team.reviewer.id } });

    // The audit log is append-only: the decision, its undo and its redo all stay.
    const log = await db.auditEvent.findMany({ where: { documentId: id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(log.slice(-3).map((e) => e.action)).toEqual(['operation.review', 'operation.undo', 'operation.redo']);
    expect(log).toHaveLength(audits + 2);
  });

  it('restores the previous decision when a second one is undone', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[1];
    const first = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'Names are swapped' },
    });
    const fixed = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: first.version,
      operation: { type: 'editText', segmentId: bead.target[0], text: 'A corrected sentence' },
    });
    const before = await sideData(bead.id);
    const second = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: fixed.version,
      operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'Still not right' },
    });
    expect(second.beads[1].rejectReason).toBe('Still not right');

    const undone = await undoRedo(team.reviewer, { documentId: id, baseVersion: second.version, direction: 'undo' });
    expect(await sideData(bead.id)).toEqual(before);
    expect(undone.beads[1]).toMatchObject({ status: 'edited', rejectReason: 'Names are swapped', changedSinceReview: true });
    expect((await decisions(bead.id)).map((d) => d.reason)).toEqual(['Names are swapped']);
  });

  it('keeps the reason when an approved bead is rejected, and the approval again when that is undone', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[0];
    const approved = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'approve', beadIds: [bead.id] },
    });
    const approval = await sideData(bead.id);
    const rejected = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: approved.version,
      operation: { type: 'review', event: 'reject', beadIds: [bead.id], reason: 'On second thought, the date' },
    });
    expect(rejected.beads[0]).toMatchObject({ status: 'rejected', rejectReason: 'On second thought, the date' });
    expect((await listEditorQueue(team.editor)).rejected.find((r) => r.beadId === bead.id)?.reason).toBe('On second thought, the date');
    await undoRedo(team.reviewer, { documentId: id, baseVersion: rejected.version, direction: 'undo' });
    expect(await sideData(bead.id)).toEqual(approval);
    expect(await queued(id)).toEqual([]);
  });

  it('lets "changed since review" behave as before an undone approval', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[2];
    const approved = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'approve', beadIds: [bead.id] },
    });
    expect(approved.beads[2]).toMatchObject({ status: 'approved', changedSinceReview: false });
    const undone = await undoRedo(team.reviewer, { documentId: id, baseVersion: approved.version, direction: 'undo' });
    expect(await sideData(bead.id)).toEqual({ status: bead.status, rejectReason: null, reviewedSnapshot: null });
    expect(await decisions(bead.id)).toEqual([]);
    // Never reviewed, so an edit is not a change since review (it was, while the undone approval's snapshot stayed).
    const edited = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: undone.version,
      operation: { type: 'editText', segmentId: bead.target[0], text: 'Edited after the undo' },
    });
    expect(edited.beads[2]).toMatchObject({ status: 'edited', changedSinceReview: false });
    expect((await getBeadReview(team.reviewer, { documentId: id, beadId: bead.id })).changedSinceDecision).toBe(false);
  });

  it('keeps the earlier approval as the base after a later approval is undone', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const bead = doc.beads[0];
    const first = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'approve', beadIds: [bead.id] },
    });
    const reopened = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: first.version,
      operation: { type: 'editText', segmentId: bead.target[0], text: 'Changed after approval' },
    });
    expect(reopened.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
    const second = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: reopened.version,
      operation: { type: 'review', event: 'approve', beadIds: [bead.id] },
    });
    expect(second.beads[0].changedSinceReview).toBe(false);
    const undone = await undoRedo(team.reviewer, { documentId: id, baseVersion: second.version, direction: 'undo' });
    expect(undone.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
    expect(await decisions(bead.id)).toHaveLength(1);
    const redone = await undoRedo(team.reviewer, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect(redone.beads[0]).toMatchObject({ status: 'approved', changedSinceReview: false });
    expect(await decisions(bead.id)).toHaveLength(2);
  });
});

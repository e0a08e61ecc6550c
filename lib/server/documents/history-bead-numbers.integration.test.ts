import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeTeam } from '@/lib/server/testing/factories';
import { smallDocument } from '@/lib/server/testing/review-fixtures';
import { applyDocumentOperation } from './apply-document-operation';
import { undoRedo } from './undo-redo-operation';
import { getDocument } from '@/lib/server/testing/get-document';

// Issue 12 item 10: every history row names its bead. Bead numbers change with each merge or split, so the audit
// event stores them as they were when the change happened; undo and redo name the beads of the change they undo.
describe('audit events number the beads they name', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(async () => {
    team = await makeTeam();
  });

  const lastEvent = async (documentId: string) =>
    await db.auditEvent.findFirstOrThrow({ where: { documentId }, orderBy: { createdAt: 'desc' }, select: { action: true, after: true } });

  it('exclude, merge, undo and redo store the numbers as they were at the time', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    let doc = await getDocument(team.editor, { documentId: id });
    expect(doc.beads.length).toBeGreaterThanOrEqual(3);
    const [first, , third] = doc.beads;

    let state = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'exclude', beadIds: [third.id] },
    });
    expect(await lastEvent(id)).toMatchObject({ action: 'operation.review', after: { beads: [[3, 3]] } });

    state = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: state.version,
      operation: { type: 'merge', beadId: first.id },
    });
    expect(await lastEvent(id)).toMatchObject({ action: 'operation.merge', after: { beads: [[1, 2]] } });
    expect(state.beads.length).toBe(doc.beads.length - 1); // the excluded bead is bead 2 now

    state = await undoRedo(team.editor, { documentId: id, baseVersion: state.version, direction: 'undo' });
    expect(await lastEvent(id)).toMatchObject({ action: 'operation.undo', after: { beads: [[1, 2]] } });
    state = await undoRedo(team.editor, { documentId: id, baseVersion: state.version, direction: 'redo' });
    expect(await lastEvent(id)).toMatchObject({ action: 'operation.redo', after: { beads: [[1, 2]] } });

    doc = await getDocument(team.editor, { documentId: id });
    const textSegment = doc.beads[0].target[0]; // the merged bead, bead 1
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: state.version,
      operation: { type: 'editText', segmentId: textSegment, text: 'Changed.' },
    });
    expect(await lastEvent(id)).toMatchObject({ action: 'operation.editText', after: { beads: [[1, 1]] } });
  });
});

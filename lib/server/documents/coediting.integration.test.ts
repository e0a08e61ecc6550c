// Co-editing against PostgreSQL (decision 042): two people editing the same version in different places both
// succeed, a real overlap is a 409 that says where, undo is per person, and every version leaves a change row
// whose delta turns the previous state into the next one.

import { beforeAll, describe, expect, it } from 'vitest';
import { applyDelta, documentDeltaSchema } from '@/lib/alignment/document-delta';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { failure } from '@/lib/server/testing/failure';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { applyDocumentOperation } from './apply-document-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { undoRedo } from './undo-redo-operation';

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Operation = Parameters<typeof applyDocumentOperation>[1]['operation'];

/** A fresh document of the team's project, the state everyone starts from, and its operations by person. */
async function coeditedDocument(team: Team) {
  const { id } = await makeDocument(team.editor, team.project.id);
  const start = await getDocument(team.editor, { documentId: id });
  return {
    id,
    start,
    apply: (user: SessionUser, baseVersion: number, operation: Operation) =>
      applyDocumentOperation(user, { documentId: id, baseVersion, operation }),
    undo: (user: SessionUser, baseVersion: number) => undoRedo(user, { documentId: id, baseVersion, direction: 'undo' }),
    redo: (user: SessionUser, baseVersion: number) => undoRedo(user, { documentId: id, baseVersion, direction: 'redo' }),
  };
}

describe('co-editing one document', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('applies two changes made on the same version in different places, as a serial replay would', async () => {
    const { id, start, apply } = await coeditedDocument(team);
    expect(start.beads.length).toBeGreaterThan(6);
    const first = await apply(team.editor, start.version, { type: 'merge', beadId: start.beads[0].id });
    // The admin still sees the start version and works further down: accepted, not a 409.
    const second = await apply(team.admin, start.version, { type: 'confirm', beadIds: [start.beads[5].id] });
    expect(second.version).toBe(first.version + 1);
    const now = await getDocument(team.editor, { documentId: id });
    expect(now.beads[0].source).toEqual([...start.beads[0].source, ...start.beads[1].source]);
    expect(now.beads.find((b) => b.id === start.beads[5].id)?.status).toBe('confirmed');
    expect(now.beads).toHaveLength(start.beads.length - 1);
  });

  it('refuses a real overlap with 409, the beads that met, and nothing written', async () => {
    const { id, start, apply } = await coeditedDocument(team);
    const segmentId = start.beads[2].target[0];
    await apply(team.editor, start.version, { type: 'editText', segmentId, text: 'Mine.' });
    const operations = await db.operation.count({ where: { documentId: id } });
    const conflict = await failure(apply(team.admin, start.version, { type: 'merge', beadId: start.beads[2].id }));
    expect(conflict.status).toBe(409);
    expect(conflict.message).toContain('bead 3');
    expect(conflict.details).toMatchObject({ currentVersion: start.version + 1, beads: [3], versions: [start.version + 1] });
    expect(await db.operation.count({ where: { documentId: id } })).toBe(operations);
  });

  it('answers 409 for a base version from the future and for a stale operation whose bead is gone', async () => {
    const { start, apply } = await coeditedDocument(team);
    const future = await failure(apply(team.editor, start.version + 5, { type: 'merge', beadId: start.beads[0].id }));
    expect(future.status).toBe(409);
    await apply(team.editor, start.version, { type: 'merge', beadId: start.beads[3].id });
    const gone = await failure(apply(team.admin, start.version, { type: 'split', beadId: start.beads[4].id, sourceAt: 0, targetAt: 1 }));
    expect(gone.status).toBe(409);
  });

  it('undoes each person their own last change, and says so when someone changed the same place since', async () => {
    const { id, start, apply, undo, redo } = await coeditedDocument(team);
    await apply(team.editor, start.version, { type: 'merge', beadId: start.beads[0].id });
    const adminEdit = await apply(team.admin, start.version, { type: 'confirm', beadIds: [start.beads[6].id] });
    // The editor's undo takes back the editor's merge, not the admin's newer confirm, from a stale base version.
    const undone = await undo(team.editor, start.version + 1);
    expect(undone.beads.map((b) => b.id)).toEqual(start.beads.map((b) => b.id));
    expect(undone.beads[6].status).toBe('confirmed');
    expect(undone.canUndo).toBe(false);
    expect(undone.canRedo).toBe(true);
    const redone = await redo(team.editor, undone.version);
    expect(redone.beads).toHaveLength(start.beads.length - 1);
    expect(adminEdit.canUndo).toBe(true);

    // The admin now edits the merged bead; the editor's merge can no longer be undone exactly.
    const merged = redone.beads[0];
    await apply(team.admin, redone.version, { type: 'confirm', beadIds: [merged.id] });
    const before = await db.operation.count({ where: { documentId: id } });
    const refused = await failure(undo(team.editor, redone.version));
    expect(refused.status).toBe(409);
    expect(refused.message).toBe('Someone else changed the same place (bead 1) since you loaded it, so your last change cannot be undone.');
    expect(await db.operation.count({ where: { documentId: id } })).toBe(before);
    // The admin's own undo still works: it is theirs.
    const adminUndo = await undo(team.admin, redone.version + 1);
    expect(adminUndo.beads[0].status).toBe(merged.status);
  });

  it('logs one change per version, whose delta turns each state into the next', async () => {
    const { id, start, apply, undo } = await coeditedDocument(team);
    let state = start;
    await apply(team.editor, start.version, { type: 'merge', beadId: start.beads[1].id });
    await apply(team.admin, start.version, { type: 'splitSegment', segmentId: start.beads[5].source[0], offset: 3 });
    await undo(team.editor, start.version + 2);
    const rows = await db.documentChange.findMany({ where: { documentId: id }, orderBy: { version: 'asc' } });
    expect(rows.map((r) => [r.version, r.kind])).toEqual([
      [start.version + 1, 'operation'],
      [start.version + 2, 'operation'],
      [start.version + 3, 'undo'],
    ]);
    for (const row of rows) {
      const next = applyDelta(state, documentDeltaSchema.parse(row.delta));
      expect(next).not.toBeNull();
      state = next as typeof state;
    }
    const final = await getDocument(team.editor, { documentId: id });
    expect(state.beads).toEqual(final.beads);
    expect(state.source).toEqual(final.source);
    expect(state.target).toEqual(final.target);
  });

  it('keeps undo working for changes made before the change log existed, with the rule from before', async () => {
    const { id, start, apply, undo } = await coeditedDocument(team);
    await apply(team.editor, start.version, { type: 'merge', beadId: start.beads[0].id });
    await apply(team.editor, start.version + 1, { type: 'confirm', beadIds: [start.beads[4].id] });
    await db.documentChange.deleteMany({ where: { documentId: id } }); // as if made before the migration
    const undone = await undo(team.editor, start.version + 2);
    expect(undone.beads[3].status).toBe(start.beads[4].status);
    // Not the newest any more (another user's unlogged change came after): refused, as before co-editing.
    await apply(team.admin, undone.version, { type: 'confirm', beadIds: [start.beads[6].id] });
    await db.documentChange.deleteMany({ where: { documentId: id } });
    const refused = await failure(undo(team.editor, undone.version + 1));
    expect(refused.status).toBe(409);
  });
});

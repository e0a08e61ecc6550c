import { beforeAll, describe, expect, it } from 'vitest';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { undoRedo } from '@/lib/server/documents/undo-redo-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { failure } from '@/lib/server/testing/failure';
import { approveAll } from './approve-all';
import { transitionDocument } from './transition-document';

// Issue 16 item 1: one lock, one writability rule, one version-conflict answer on every path that takes a
// baseVersion (the operation path had its own lock and its own wording).

type Team = Awaited<ReturnType<typeof makeTeam>>;

describe('one document lock', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('answers a stale base version the same way from approve-all and sign-off, and by footprint from operations and undo', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const stale = doc.version;
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: stale,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    // Approve-all and document transitions need exactly the current version; their answers are the same.
    const answers = await Promise.all([
      failure(approveAll(team.reviewer, { documentId: id, baseVersion: stale })),
      failure(transitionDocument(team.editor, { documentId: id, event: 'submit', baseVersion: stale })),
    ]);
    const shapes = answers.map((e) => ({ code: e.code, status: e.status, message: e.message, details: e.details }));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]).toMatchObject({ code: 'VERSION_CONFLICT', status: 409, details: { currentVersion: stale + 1 } });
    // An operation on a stale version is a conflict only where it meets the change since (decision 042), and says so.
    const merge = await failure(
      applyDocumentOperation(team.admin, { documentId: id, baseVersion: stale, operation: { type: 'merge', beadId: doc.beads[0].id } }),
    );
    expect(merge).toMatchObject({ code: 'VERSION_CONFLICT', status: 409, details: { currentVersion: stale + 1, beads: [1] } });
    // Undo is the caller's own: the editor's confirm, with nobody else's change since, undoes from a stale version.
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: stale, direction: 'undo' });
    expect(undone.beads[0].status).toBe(doc.beads[0].status);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { undoRedo } from '@/lib/server/documents/undo-redo-operation';
import { getDocument } from '@/lib/server/documents/get-document';
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

  it('answers a stale base version the same way from operations, undo, approve-all and sign-off', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const stale = doc.version;
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: stale,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    const answers = await Promise.all([
      failure(
        applyDocumentOperation(team.editor, { documentId: id, baseVersion: stale, operation: { type: 'merge', beadId: doc.beads[0].id } }),
      ),
      failure(undoRedo(team.editor, { documentId: id, baseVersion: stale, direction: 'undo' })),
      failure(approveAll(team.reviewer, { documentId: id, baseVersion: stale })),
      failure(transitionDocument(team.editor, { documentId: id, event: 'submit', baseVersion: stale })),
    ]);
    const shapes = answers.map((e) => ({ code: e.code, status: e.status, message: e.message, details: e.details }));
    expect(new Set(shapes.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(shapes[0]).toMatchObject({ code: 'VERSION_CONFLICT', status: 409, details: { currentVersion: stale + 1 } });
  });
});

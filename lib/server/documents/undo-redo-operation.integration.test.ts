import { beforeAll, describe, expect, it } from 'vitest';
import { documentAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { failure } from '@/lib/server/testing/failure';
import { applyDocumentOperation } from './apply-document-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { undoRedo } from './undo-redo-operation';

// Issue 16 item 5: the operation log is read through its schema, and a route's checked access is reused only
// for the same user and document.

type Team = Awaited<ReturnType<typeof makeTeam>>;

async function state(documentId: string) {
  const [beads, operations, document] = await Promise.all([
    db.bead.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { id: true, sourceIds: true, status: true } }),
    db.operation.findMany({ where: { documentId }, select: { undone: true, inverse: true } }),
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true } }),
  ]);
  return { beads, operations, document };
}

describe('undo and redo read the operation log through its schema', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('refuses to undo a log entry whose inverse does not parse, with a 422 and nothing written', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'merge', beadId: doc.beads[0].id },
    });
    await db.operation.updateMany({ where: { documentId: id }, data: { inverse: { type: 'restore', beads: 'not hunks' } } });
    const before = await state(id);
    const refused = await failure(undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo' }));
    expect(refused.code).toBe('UNPROCESSABLE');
    expect(refused.status).toBe(422);
    expect(await state(id)).toEqual(before);
  });

  it('undoes and redoes through the parsed log as before', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'merge', beadId: doc.beads[0].id },
    });
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo' });
    expect(undone.beads.map((b) => b.id)).toEqual(doc.beads.map((b) => b.id));
    const redone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect(redone.beads.map((b) => b.id)).toEqual(merged.beads.map((b) => b.id));
  });
});

describe('a checked access passed from the route', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it("is not trusted for another user: a viewer holding the editor's context is still refused", async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const editorAccess = await documentAccess(team.editor, id, 'document:read');
    const refused = await failure(
      applyDocumentOperation(team.viewer, {
        documentId: id,
        baseVersion: doc.version,
        operation: { type: 'merge', beadId: doc.beads[0].id },
        access: editorAccess,
      }),
    );
    expect(refused.code).toBe('FORBIDDEN');
  });

  it("is not trusted for another document: an outsider's context for their own document gives a 404 here", async () => {
    const other = await makeTeam();
    const { id: theirs } = await makeDocument(other.editor, other.project.id);
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const theirAccess = await documentAccess(other.editor, theirs, 'document:read');
    const refused = await failure(
      undoRedo(other.editor, { documentId: id, baseVersion: doc.version, direction: 'undo', access: theirAccess }),
    );
    expect(refused.code).toBe('NOT_FOUND');
  });

  it('does not let a stale status through: a context read before sign-off cannot edit the signed-off document', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const stale = await documentAccess(team.editor, id, 'document:read');
    await db.document.update({ where: { id }, data: { status: 'approved' } }); // a sign-off committed meanwhile
    const refused = await failure(
      applyDocumentOperation(team.editor, {
        documentId: id,
        baseVersion: doc.version,
        operation: { type: 'merge', beadId: doc.beads[0].id },
        access: stale,
      }),
    );
    expect(refused.code).toBe('DOCUMENT_LOCKED');
  });
});

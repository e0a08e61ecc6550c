import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { createComment } from '@/lib/server/comments/create-comment';
import { db } from '@/lib/server/db';
import { signedOffDocument, smallDocument } from '@/lib/server/testing/review-fixtures';
import { failure } from '@/lib/server/testing/failure';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { applyDocumentOperation } from './apply-document-operation';
import { deleteDocument } from './delete-document';
import { getDocument } from '@/lib/server/testing/get-document';
import { listDocuments } from './list-documents';

type Team = Awaited<ReturnType<typeof makeTeam>>;

async function rowsOf(documentId: string) {
  const where = { documentId };
  const [segments, beads, operations, annotations, reviews, audits] = await Promise.all([
    db.segment.count({ where }),
    db.bead.count({ where }),
    db.operation.count({ where }),
    db.annotation.count({ where }),
    db.reviewDecision.count({ where }),
    db.auditEvent.count({ where }),
  ]);
  return { segments, beads, operations, annotations, reviews, audits };
}

describe('deleting a document', () => {
  let team: Team;
  let outsider: SessionUser;
  beforeAll(async () => {
    team = await makeTeam();
    outsider = await makeUser();
  });

  it('removes the document and everything in it, and records the deletion on the project', async () => {
    const id = await smallDocument(team.editor, team.project.id, 'Night buses');
    const doc = await getDocument(team.editor, { documentId: id });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    await createComment(team.reviewer, { documentId: id, beadId: doc.beads[0].id, body: 'Check the fare.' });
    expect(await rowsOf(id)).toMatchObject({ segments: 6, beads: 3, operations: 1, annotations: 1 });
    expect((await rowsOf(id)).audits).toBeGreaterThanOrEqual(3); // create, operation, comment

    expect(await deleteDocument(team.admin, { documentId: id })).toEqual({ id, title: 'Night buses', beads: 3 });
    expect(await db.document.findUnique({ where: { id } })).toBeNull();
    expect(await rowsOf(id)).toEqual({ segments: 0, beads: 0, operations: 0, annotations: 0, reviews: 0, audits: 0 });
    expect((await listDocuments(team.editor, { projectId: team.project.id })).some((d) => d.id === id)).toBe(false);
    expect((await failure(getDocument(team.editor, { documentId: id }))).code).toBe('NOT_FOUND');

    const event = await db.auditEvent.findFirstOrThrow({ where: { projectId: team.project.id, action: 'document.delete', target: id } });
    expect(event).toMatchObject({
      actorId: team.admin.id,
      documentId: null,
      before: { title: 'Night buses', beads: 3, segments: 6, status: 'draft', version: 2, kind: 'article' },
    });
    expect(event.after).toBeNull();
  });

  it('deletes a signed-off document too (the admin decides)', async () => {
    const id = await signedOffDocument(team.editor, team.reviewer, team.project.id);
    expect((await deleteDocument(team.admin, { documentId: id })).beads).toBe(3);
    expect(await db.document.count({ where: { id } })).toBe(0);
  });

  it('refuses editors, reviewers and viewers (403) and non-members (404), deleting nothing', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      expect((await failure(deleteDocument(team[role], { documentId: id }))).code).toBe('FORBIDDEN');
    }
    expect((await failure(deleteDocument(outsider, { documentId: id }))).code).toBe('NOT_FOUND');
    expect((await failure(deleteDocument(team.admin, { documentId: 'cm0000000000000000000000' }))).code).toBe('NOT_FOUND');
    expect((await rowsOf(id)).beads).toBe(3);
    expect(await db.auditEvent.count({ where: { action: 'document.delete', target: id } })).toBe(0);
  });

  it('a second delete of the same document is a 404', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    await deleteDocument(team.owner, { documentId: id });
    expect((await failure(deleteDocument(team.owner, { documentId: id }))).code).toBe('NOT_FOUND');
  });

  it('keeps the document when the audit row fails', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const ghostAdmin = { id: 'ghost-admin-without-a-user-row', email: 'ghost@test.example', name: 'Ghost', isAdmin: true };
    await expect(deleteDocument(ghostAdmin, { documentId: id })).rejects.toThrow();
    expect((await rowsOf(id)).beads).toBe(3);
  });
});

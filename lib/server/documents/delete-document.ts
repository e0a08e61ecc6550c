import 'server-only';
import { documentAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { lockDocument } from '@/lib/server/review/document-lock';

// Admins delete a document with everything that hangs off it (segments, beads, operations, comments, review
// decisions, presence and its own audit history: the schema cascades). The deletion itself is recorded on the
// project (documentId null, so the event outlives the document) with what was lost. A signed-off document may
// be deleted too: the admin decides, the confirmation says so.

export async function deleteDocument(
  actor: SessionUser,
  input: { documentId: string },
): Promise<{ id: string; title: string; beads: number }> {
  const ctx = await documentAccess(actor, input.documentId, 'document:delete');
  return db.$transaction(async (tx) => {
    // the same row lock operations and review changes take: none of them can commit into a deleted document
    const locked = await lockDocument(tx, input.documentId, 'update');
    const [document, beads, segments] = await Promise.all([
      tx.document.findUniqueOrThrow({ where: { id: input.documentId }, select: { id: true, title: true, kind: true } }),
      tx.bead.count({ where: { documentId: input.documentId } }),
      tx.segment.count({ where: { documentId: input.documentId } }),
    ]);
    await tx.document.delete({ where: { id: document.id } });
    await audit(tx, {
      actorId: actor.id,
      action: 'document.delete',
      projectId: ctx.project.id,
      documentId: null,
      target: document.id,
      before: { title: document.title, beads, segments, status: locked.status, version: locked.version, kind: document.kind },
    });
    return { id: document.id, title: document.title, beads };
  });
}

import 'server-only';
import { visibleStatus } from './visible-documents';
import type { DocumentView } from '@/lib/alignment/document-view-schema';
import { can } from '@/lib/permissions';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { reviewExtras, segmentsOf, stateOf } from './document-state';
import { loadAlignmentAt } from './load-alignment';
import { listPresence } from './presence';

// The document view as one object: metadata, what the caller may do, and the alignment state. The API and the page
// answer the same view as kept JSON text (get-document-answer.ts, decision 051); tests and benches read it here,
// and the integration tests check that the two agree.
export async function getDocument(actor: SessionUser, { documentId }: { documentId: string }) {
  const ctx = await documentAccess(actor, documentId, 'document:read');
  const meta = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      version: true,
      sourceUrl: true,
      targetUrl: true,
      updatedAt: true,
      signedOffAt: true,
    },
  });
  // The alignment as of the version just read: the per-process cache holds it after a change made here (every
  // change to segments or beads bumps the version), so opening a document someone is editing skips ~6,000 rows.
  // The alignment, what review keeps next to it and who else is here: three reads at once.
  const [alignment, extras, presence] = await Promise.all([
    loadAlignmentAt(documentId, meta.version, db),
    reviewExtras(documentId, db, actor.id),
    listPresence(documentId, actor.id),
  ]);
  return {
    ...meta,
    status: visibleStatus(meta.status), // documentAccess found it visible, and nothing makes a document importing again
    ...viewerOf(ctx),
    presence,
    ...segmentsOf(alignment),
    ...stateOf(extras, meta.version, alignment),
  } satisfies DocumentView;
}

/** What the caller is and may do in the document: the per-user part of every document answer. */
export function viewerOf(ctx: DocumentContext): Pick<DocumentView, 'role' | 'project' | 'permissions'> {
  const policy = { reviewersMayEdit: ctx.project.reviewersMayEdit };
  return {
    role: ctx.role,
    project: {
      id: ctx.project.id,
      name: ctx.project.name,
      sourceLang: ctx.project.sourceLang,
      targetLang: ctx.project.targetLang,
      fourEyes: ctx.project.fourEyes,
    },
    permissions: {
      align: can(ctx.role, 'document:align'),
      editText: can(ctx.role, 'document:edit-text', policy),
      revise: can(ctx.role, 'document:revise'),
      review: can(ctx.role, 'bead:review'),
      comment: can(ctx.role, 'document:comment'),
      signOff: can(ctx.role, 'document:sign-off'),
      reopen: can(ctx.role, 'document:reopen'),
      export: can(ctx.role, 'document:export'),
    },
  };
}

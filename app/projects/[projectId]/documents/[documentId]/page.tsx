import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Forbidden } from '@/app/_components/forbidden';
import { can, isRole } from '@/lib/permissions';
import { getDocument } from '@/lib/server/documents/get-document';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { AlignmentEditor } from './_components/alignment-editor';
import { editorDocumentSchema, permissionsSchema, type Permissions } from './_components/editor-document';

export const metadata: Metadata = { title: 'Document' };

// Until getDocument reports permissions itself, derive them from the role with the same table the server uses.
const pageDocumentSchema = editorDocumentSchema.extend({ permissions: permissionsSchema.optional() });

function permissionsOf(role: string): Permissions {
  if (!isRole(role)) return { align: false, editText: false, review: false, comment: false };
  return { align: can(role, 'document:align'), editText: can(role, 'document:edit-text'), review: can(role, 'bead:review'), comment: can(role, 'document:comment') };
}

export default async function DocumentPage({ params }: { params: Promise<{ projectId: string; documentId: string }> }) {
  const { projectId, documentId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/documents/${documentId}`);
  const loaded = await loadForPage(() => getDocument(user, documentId));
  if (loaded === 'forbidden') return <Forbidden what="this document" />;
  if (loaded.project.id !== projectId) notFound();
  const parsed = pageDocumentSchema.parse(loaded);
  const doc = { ...parsed, permissions: parsed.permissions ?? permissionsOf(parsed.role) };
  return (
    <main style={{ maxWidth: 'none', padding: 0 }}>
      {/* key: a different document starts a fresh editor. */}
      <AlignmentEditor key={doc.id} document={doc} />
    </main>
  );
}

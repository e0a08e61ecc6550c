import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { compactDocumentSchema, packDocument } from '@/lib/alignment/compact-document';
import { beadFromQuery } from '@/lib/review/bead-link';
import { documentPairWarnings } from '@/lib/server/documents/document-pair-warnings';
import { getDocument } from '@/lib/server/documents/get-document';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listMembers } from '@/lib/server/projects/manage-projects';
import { MentionMembersProvider } from './_components/comments/mention-members';
import { PairWarnings } from './_components/beads/pair-warnings';
import { PackedEditor } from './_components/sync/packed-editor';
import type { MentionMember } from './_components/comments/mention-suggestions';

export const metadata: Metadata = { title: 'Document' };

// The first render comes straight from getDocument (the same shape as GET /api/v1/documents/{id}); after that the
// editor talks to the REST API only.
export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId, documentId } = await params;
  // ?bead=ID (from queues, history, comments): open with that bead selected (an unknown id selects bead 1).
  const bead = beadFromQuery((await searchParams).bead);
  const user = await requirePageUser(`/projects/${projectId}/documents/${documentId}`);
  const loaded = await loadForPage(() => getDocument(user, documentId));
  if (loaded.project.id !== projectId) notFound();
  // Packed for the wire (decision 040) and parsed like every API answer: only the fields the editor reads reach the
  // browser (no Dates, nothing extra). The browser parses with the same schema.
  const doc = compactDocumentSchema.parse(packDocument(loaded));
  // Who "@" suggests in comment boxes: the members GET …/members lists (deactivated accounts left out), loaded
  // once per editor session. Only people who may comment need them.
  const [members, warnings] = await Promise.all([
    doc.permissions.comment ? listMembers(user, doc.project.id) : [],
    documentPairWarnings(loaded),
  ]);
  const mentionable: MentionMember[] = members
    .filter((m) => m.user.active)
    .map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
  return (
    <main style={{ maxWidth: 'none', padding: 0 }}>
      <PairWarnings warnings={warnings} />
      <MentionMembersProvider members={mentionable}>
        {/* key: a different document starts a fresh editor. One string: no per-bead work in the RSC payload. */}
        <PackedEditor key={doc.id} packed={JSON.stringify(doc)} initialBeadId={bead} />
      </MentionMembersProvider>
    </main>
  );
}

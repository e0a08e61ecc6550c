import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { packDocument } from '@/lib/alignment/compact-document';
import { beadFromQuery } from '@/lib/review/bead-link';
import { documentPairWarnings } from '@/lib/server/documents/document-pair-warnings';
import { getDocument } from '@/lib/server/documents/get-document';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listMembers } from '@/lib/server/projects/manage-projects';
import { editorQaSetup } from '@/lib/server/qa/editor-qa-setup';
import { MentionMembersProvider } from './_components/comments/mention-members';
import { PairWarnings } from './_components/beads/pair-warnings';
import { PackedEditor } from './_components/sync/packed-editor';
import type { MentionMember } from './_components/comments/mention-suggestions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editor'))('title') };
}

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
  const loaded = await loadForPage(() => getDocument(user, { documentId }));
  if (loaded.project.id !== projectId) notFound();
  // Packed for the wire (decision 040): packDocument carries only the view's fields (no Dates, nothing extra); the
  // browser parses with compactDocumentSchema.
  const doc = packDocument(loaded);
  // Who "@" suggests in comment boxes: the members GET …/members lists (deactivated accounts left out), loaded
  // once per editor session. Only people who may comment need them.
  // Translation QA runs in the browser (decision 041): the page sends only the settings, terms and dismissals.
  const [members, warnings, qa] = await Promise.all([
    doc.permissions.comment ? listMembers(user, { projectId: doc.project.id }) : [],
    documentPairWarnings(loaded),
    loadForPage(() => editorQaSetup({ documentId: doc.id, projectId: doc.project.id, sourceTexts: loaded.source.map((s) => s.text) })),
  ]);
  const mentionable: MentionMember[] = members
    .filter((m) => m.user.active)
    .map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
  return (
    <main style={{ maxWidth: 'none', padding: 0 }}>
      <PairWarnings warnings={warnings} />
      <MentionMembersProvider members={mentionable}>
        {/* key: a different document starts a fresh editor. One string: no per-bead work in the RSC payload. */}
        <PackedEditor key={doc.id} packed={JSON.stringify(doc)} initialBeadId={bead} qa={qa} />
      </MentionMembersProvider>
    </main>
  );
}

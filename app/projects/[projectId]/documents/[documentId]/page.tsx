import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { beadFromQuery } from '@/lib/review/bead-link';
import { documentPairWarnings } from '@/lib/server/documents/document-pair-warnings';
import { getCompactDocumentJson } from '@/lib/server/documents/get-document-answer';
import { loadCommittedAlignment } from '@/lib/server/documents/load-alignment';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { splicedJsonText } from '@/lib/server/http/spliced-json';
import { listMembers } from '@/lib/server/projects/manage-projects';
import { editorQaSetup } from '@/lib/server/qa/editor-qa-setup';
import { MentionMembersProvider } from './_components/comments/mention-members';
import { PairWarnings } from './_components/beads/pair-warnings';
import { PackedEditor } from './_components/sync/packed-editor';
import type { MentionMember } from './_components/comments/mention-suggestions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editor'))('title') };
}

// The first render is the answer of GET /api/v1/documents/{id}?format=compact (built once per version and kept,
// decision 051); after that the editor talks to the REST API only.
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
  const opened = await loadForPage(() => getCompactDocumentJson(user, { documentId }));
  const doc = opened.meta;
  if (doc.project.id !== projectId) notFound();
  // The texts, for the pair warnings and the glossary terms QA needs: the alignment the answer was built from
  // (kept per process by version, so no second read).
  const { alignment } = await loadCommittedAlignment(documentId, doc.version);
  // Who "@" suggests in comment boxes: the members GET …/members lists (deactivated accounts left out), loaded
  // once per editor session. Only people who may comment need them.
  // Translation QA runs in the browser (decision 041): the page sends only the settings, terms and dismissals.
  const [members, warnings, qa] = await Promise.all([
    doc.permissions.comment ? listMembers(user, { projectId: doc.project.id }) : [],
    documentPairWarnings({ id: doc.id, kind: doc.kind, source: alignment.source, target: alignment.target, project: doc.project }),
    loadForPage(() => editorQaSetup({ documentId: doc.id, projectId: doc.project.id, sourceTexts: alignment.source.map((s) => s.text) })),
  ]);
  const mentionable: MentionMember[] = members
    .filter((m) => m.user.active)
    .map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
  return (
    <main style={{ maxWidth: 'none', padding: 0 }}>
      <PairWarnings warnings={warnings} />
      <MentionMembersProvider members={mentionable}>
        {/* key: a different document starts a fresh editor. One string: no per-bead work in the RSC payload. */}
        <PackedEditor key={doc.id} packed={splicedJsonText(opened.head, opened.tail)} initialBeadId={bead} qa={qa} />
      </MentionMembersProvider>
    </main>
  );
}

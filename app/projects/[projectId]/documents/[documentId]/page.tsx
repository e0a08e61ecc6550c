import type { Metadata } from 'next';
import Link from 'next/link';
import { Forbidden } from '@/app/_components/forbidden';
import { getDocument } from '@/lib/server/documents/get-document';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { notFound } from 'next/navigation';

export const metadata: Metadata = { title: 'Document' };

export default async function DocumentPage({ params }: { params: Promise<{ projectId: string; documentId: string }> }) {
  const { projectId, documentId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/documents/${documentId}`);
  const doc = await loadForPage(() => getDocument(user, documentId));
  if (doc === 'forbidden') return <Forbidden what="this document" />;
  if (doc.project.id !== projectId) notFound();
  const text = new Map([...doc.source, ...doc.target].map((s) => [s.id, s]));
  let lastParagraph = -1;
  return (
    <main>
      <p className="muted"><Link href="/projects">Projects</Link> / <Link href={`/projects/${projectId}`}>{doc.project.name}</Link> /</p>
      <h1>{doc.title}</h1>
      <p className="muted">Status: {doc.status.replace('_', ' ')} · version {doc.version} · {doc.beads.length} beads</p>
      <table className="bitext" aria-label="Aligned text">
        <thead><tr><th>{doc.project.sourceLang}</th><th>{doc.project.targetLang}</th></tr></thead>
        <tbody>
          {doc.beads.map((b) => {
            const first = b.source[0] ? text.get(b.source[0]) : undefined;
            const paragraphStart = first !== undefined && first.paragraph !== lastParagraph;
            if (first) lastParagraph = first.paragraph;
            return (
              <tr key={b.id} className={paragraphStart ? 'para-start' : undefined}>
                <td lang={doc.project.sourceLang}>{b.source.map((id) => text.get(id)?.text).join(' ')}</td>
                <td lang={doc.project.targetLang}>{b.target.map((id) => text.get(id)?.text).join(' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </main>
  );
}

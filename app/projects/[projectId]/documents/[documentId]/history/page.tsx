import type { Metadata } from 'next';
import Link from 'next/link';
import { beadHref } from '@/lib/review/bead-link';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { documentHistoryView } from '@/lib/server/review/document-history-view';
import { EventDetail } from './_components/event-detail';
import { eventTitle } from './_components/event-title';
import { ReopenForm } from './_components/reopen-form';
import { LocalTime } from '@/app/_components/local-time';
import { documentStatusLabel } from '@/lib/review/review-states';

export const metadata: Metadata = { title: 'History' };

// Every change to a document (or to one bead, ?about=<beadId>) from the audit log: who, when, what, with word
// diffs for text edits; downloadable as CSV.
export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; documentId: string }>;
  searchParams: Promise<{ about?: string | string[] }>;
}) {
  const { projectId, documentId } = await params;
  const about = (await searchParams).about;
  const beadId = typeof about === 'string' && about ? about : undefined;
  const base = `/projects/${projectId}/documents/${documentId}`;
  const user = await requirePageUser(`${base}/history`);
  const view = await loadForPage(() => documentHistoryView(user, { projectId, documentId, beadId }));
  const { document } = view;
  const csv = `/api/v1/documents/${documentId}/history?format=csv${beadId ? `&about=${encodeURIComponent(beadId)}` : ''}`;
  return (
    <main>
      <p className="muted">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${projectId}`}>{view.project.name}</Link> /{' '}
        <Link href={base}>{document.title}</Link> /
      </p>
      <h1>History{view.bead ? ` of bead #${view.bead.position + 1}` : ''}</h1>
      <p>
        Status:{' '}
        <span className={`badge ${document.status}`} data-testid="document-status">
          {documentStatusLabel(document.status)}
        </span>
        {document.signedOffAt && (
          <>
            {' '}
            · signed off by {document.signedOffBy} on <LocalTime value={document.signedOffAt} />; read-only until reopened
          </>
        )}
      </p>
      {document.status === 'approved' && view.canReopen && <ReopenForm documentId={document.id} version={document.version} />}
      <p>
        <a href={csv} download>
          Download CSV
        </a>
        {view.bead && (
          <>
            {' '}
            · <Link href={beadHref(projectId, documentId, view.bead.id)}>Open bead #{view.bead.position + 1} in the editor</Link> ·{' '}
            <Link href={`${base}/history`}>Whole document</Link>
          </>
        )}
      </p>
      {view.events.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th>Detail</th>
            </tr>
          </thead>
          <tbody>
            {view.events.map((event) => (
              <tr key={event.id} data-action={event.action}>
                <td>
                  <LocalTime value={event.at} />
                </td>
                <td>{event.actor.name}</td>
                <td>{eventTitle(event)}</td>
                <td>
                  <EventDetail event={event} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

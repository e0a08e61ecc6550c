import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { beadHref } from '@/lib/review/bead-link';
import { DOCUMENT_STATUSES, type DocumentStatus } from '@/lib/review/review-states';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { documentHistoryView } from '@/lib/server/review/document-history-view';
import { EventDetail } from './_components/event-detail';
import { eventTitle } from './_components/event-title';
import { ReopenForm } from './_components/reopen-form';
import { LocalTime } from '@/app/_components/local-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('history'))('title') };
}

const isDocumentStatus = (value: string): value is DocumentStatus => (DOCUMENT_STATUSES as readonly string[]).includes(value);

// Every change to a document (or to one bead, ?about=<beadId>) from the audit log: who, when, what, with word
// diffs for text edits; downloadable as CSV. Titles are built from each event's stored data in the reader's
// language, naming the beads (event-title.ts).
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
  const [t, tNav, statusName] = await Promise.all([getTranslations('history'), getTranslations('nav'), getTranslations('status')]);
  const { document } = view;
  const beadNumbers = new Map(Object.entries(view.beadNumbers));
  const csv = `/api/v1/documents/${documentId}/history?format=csv${beadId ? `&about=${encodeURIComponent(beadId)}` : ''}`;
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{tNav('projects')}</Link> / <Link href={`/projects/${projectId}`}>{view.project.name}</Link> /{' '}
        <Link href={base}>{document.title}</Link> /
      </p>
      <h1>{view.bead ? t('beadTitle', { number: view.bead.position + 1 }) : t('title')}</h1>
      <p>
        {t('status')}{' '}
        <span className={`badge ${document.status}`} data-testid="document-status">
          {isDocumentStatus(document.status) ? statusName(document.status) : document.status}
        </span>
        {document.signedOffAt && (
          <>
            {' '}
            {t.rich('signedOff', {
              name: document.signedOffBy ?? '',
              time: () => <LocalTime value={document.signedOffAt} />,
            })}
          </>
        )}
      </p>
      {document.status === 'approved' && view.canReopen && <ReopenForm documentId={document.id} version={document.version} />}
      <p>
        <a href={csv} download>
          {t('csv')}
        </a>
        {view.bead && (
          <>
            {' '}
            · <Link href={beadHref(projectId, documentId, view.bead.id)}>{t('openBead', { number: view.bead.position + 1 })}</Link> ·{' '}
            <Link href={`${base}/history`}>{t('whole')}</Link>
          </>
        )}
      </p>
      {view.events.length === 0 ? (
        <p className="muted">{t('nothing')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('when')}</th>
              <th>{t('who')}</th>
              <th>{t('what')}</th>
              <th>{t('detail')}</th>
            </tr>
          </thead>
          <tbody>
            {view.events.map((event) => (
              <tr key={event.id} data-action={event.action}>
                <td>
                  <LocalTime value={event.at} />
                </td>
                {/* An event without a person (the seed, a migration) is the system's. */}
                <td>{event.actor.id === null ? t('system') : event.actor.name}</td>
                <td>{eventTitle(event, t, beadNumbers)}</td>
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

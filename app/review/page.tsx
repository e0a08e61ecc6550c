import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listReviewQueue } from '@/lib/server/review/list-review-queue';
import { ReviewRowActions } from './_components/review-row-actions';
import { LocalTime } from '@/app/_components/local-time';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

// Documents waiting for review in every project where I review, oldest wait first.
export default async function ReviewQueuePage() {
  const user = await requirePageUser('/review');
  const [queue, t, statusName, tQa, format] = await Promise.all([
    listReviewQueue(user),
    getTranslations('review'),
    getTranslations('status'),
    getTranslations('qa'),
    getFormatter(),
  ]);
  return (
    <main>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {queue.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('document')}</th>
              <th>{t('project')}</th>
              <th>{t('status')}</th>
              <th>{t('waitingSince')}</th>
              <th>{t('pending')}</th>
              <th>{t('confirmed')}</th>
              <th>{t('rejected')}</th>
              <th>{t('approved')}</th>
              <th title={tQa('queueTitle')}>{tQa('queueColumn')}</th>
              <th>{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((d) => (
              <tr key={d.documentId} aria-label={d.title}>
                <td>
                  <Link href={`/projects/${d.project.id}/documents/${d.documentId}`}>{d.title}</Link>
                  <br />
                  <Link className="muted" href={`/projects/${d.project.id}/documents/${d.documentId}/history`}>
                    {t('history')}
                  </Link>
                  {d.openThreads > 0 && (
                    <>
                      <br />
                      <span className="muted" data-testid="open-threads">
                        {t('openThreads', { count: d.openThreads })}
                      </span>
                    </>
                  )}
                </td>
                <td>{d.project.name}</td>
                <td>
                  <span className={`badge ${d.status}`}>{statusName(d.status)}</span>
                </td>
                <td>
                  <LocalTime value={d.waitingSince} />
                </td>
                <td data-testid="pending">{t('pendingOf', { pending: d.beads.pending, total: d.beads.total })}</td>
                <td>{format.number(d.beads.confirmed)}</td>
                <td>{format.number(d.beads.rejected)}</td>
                <td>{format.number(d.beads.approved)}</td>
                <td data-testid="qa-count">
                  {tQa('queueCount', { flags: d.qa.flags })}
                  {d.qa.flags > 0 && (
                    <>
                      <br />
                      <span className="muted">{tQa('onBeads', { beads: d.qa.beads })}</span>
                    </>
                  )}
                </td>
                <td>
                  {can(d.role, 'bead:review') ? (
                    <ReviewRowActions
                      documentId={d.documentId}
                      title={d.title}
                      version={d.version}
                      confirmed={d.beads.confirmed}
                      pending={d.beads.pending}
                      openThreads={d.openThreads}
                      signOffBlockedBy={
                        !can(d.role, 'document:sign-off') ? t('onlyReviewers') : d.fourEyesBlocksYou ? t('fourEyesShort') : null
                      }
                    />
                  ) : null}
                  {d.fourEyesBlocksYou && <p className="muted">{t('fourEyes')}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { beadHref } from '@/lib/review/bead-link';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listEditorQueue } from '@/lib/server/review/list-editor-queue';
import { LocalTime } from '@/app/_components/local-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('queue'))('title') };
}

// The editor's queue: beads a reviewer sent back (with the reason) and open comments that mention me.
export default async function EditorQueuePage() {
  const user = await requirePageUser('/queue');
  const [{ rejected, mentions }, t] = await Promise.all([listEditorQueue(user), getTranslations('queue')]);
  return (
    <main>
      <h1>{t('title')}</h1>
      <h2>{t('rejected')}</h2>
      {rejected.length === 0 ? (
        <p className="muted">{t('noRejected')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('document')}</th>
              <th>{t('bead')}</th>
              <th>{t('reason')}</th>
              <th>{t('rejectedBy')}</th>
              <th>{t('korean')}</th>
              <th>{t('english')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={r.beadId} aria-label={t('rowLabel', { number: r.position + 1, title: r.documentTitle })}>
                <td>
                  <Link href={beadHref(r.project.id, r.documentId, r.beadId)}>{r.documentTitle}</Link>
                  <br />
                  <span className="muted">{r.project.name}</span>
                </td>
                <td>
                  <Link
                    href={beadHref(r.project.id, r.documentId, r.beadId)}
                    aria-label={t('openBead', { number: r.position + 1, title: r.documentTitle })}
                  >
                    #{r.position + 1}
                  </Link>
                  <br />
                  <Link
                    className="muted"
                    href={`/projects/${r.project.id}/documents/${r.documentId}/history?about=${encodeURIComponent(r.beadId)}`}
                  >
                    {t('history')}
                  </Link>
                </td>
                <td>
                  <strong>{r.reason}</strong>
                </td>
                <td>
                  {r.rejectedBy?.name}
                  <br />
                  <span className="muted">
                    <LocalTime value={r.rejectedAt} />
                  </span>
                </td>
                <td lang="ko">{r.source}</td>
                <td lang="en">{r.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('mentions')}</h2>
      {mentions.length === 0 ? (
        <p className="muted">{t('noMentions')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('document')}</th>
              <th>{t('from')}</th>
              <th>{t('comment')}</th>
              <th>{t('when')}</th>
            </tr>
          </thead>
          <tbody>
            {mentions.map((m) => (
              <tr key={m.commentId}>
                <td>
                  <Link href={beadHref(m.project.id, m.documentId, m.beadId)}>{m.documentTitle}</Link>
                  <br />
                  <span className="muted">{m.project.name}</span>
                </td>
                <td>{m.author.name}</td>
                <td>{m.body}</td>
                <td>
                  <LocalTime value={m.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

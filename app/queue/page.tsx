import type { Metadata } from 'next';
import Link from 'next/link';
import { beadHref } from '@/lib/review/bead-link';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listEditorQueue } from '@/lib/server/review/list-editor-queue';
import { LocalTime } from '@/app/_components/local-time';

export const metadata: Metadata = { title: 'My queue' };


// The editor's queue: beads a reviewer sent back (with the reason) and open comments that mention me.
export default async function EditorQueuePage() {
  const user = await requirePageUser('/queue');
  const { rejected, mentions } = await listEditorQueue(user);
  return (
    <main>
      <h1>My queue</h1>
      <h2>Rejected beads</h2>
      {rejected.length === 0 ? (
        <p className="muted">No bead is waiting for a fix.</p>
      ) : (
        <table className="list">
          <thead><tr><th>Document</th><th>Bead</th><th>Reason</th><th>Rejected by</th><th>Korean</th><th>English</th></tr></thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={r.beadId} aria-label={`Rejected bead ${r.position + 1} of ${r.documentTitle}`}>
                <td>
                  <Link href={beadHref(r.project.id, r.documentId, r.beadId)}>{r.documentTitle}</Link>
                  <br /><span className="muted">{r.project.name}</span>
                </td>
                <td>
                  <Link href={beadHref(r.project.id, r.documentId, r.beadId)} aria-label={`Open bead ${r.position + 1} of ${r.documentTitle}`}>#{r.position + 1}</Link>
                  <br /><Link className="muted" href={`/projects/${r.project.id}/documents/${r.documentId}/history?about=${encodeURIComponent(r.beadId)}`}>History</Link>
                </td>
                <td><strong>{r.reason}</strong></td>
                <td>{r.rejectedBy?.name}<br /><span className="muted"><LocalTime value={r.rejectedAt} /></span></td>
                <td lang="ko">{r.source}</td>
                <td lang="en">{r.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Mentions</h2>
      {mentions.length === 0 ? (
        <p className="muted">No open comment mentions you.</p>
      ) : (
        <table className="list">
          <thead><tr><th>Document</th><th>From</th><th>Comment</th><th>When</th></tr></thead>
          <tbody>
            {mentions.map((m) => (
              <tr key={m.commentId}>
                <td>
                  <Link href={beadHref(m.project.id, m.documentId, m.beadId)}>{m.documentTitle}</Link>
                  <br /><span className="muted">{m.project.name}</span>
                </td>
                <td>{m.author.name}</td>
                <td>{m.body}</td>
                <td><LocalTime value={m.createdAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

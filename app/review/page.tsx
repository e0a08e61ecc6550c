import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listReviewQueue } from '@/lib/server/review/list-review-queue';
import { ReviewRowActions } from './_components/review-row-actions';
import { LocalTime } from '@/app/_components/local-time';
import { documentStatusLabel } from '@/lib/review/review-states';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Review queue' };


// Documents waiting for review in every project where I review, oldest wait first.
export default async function ReviewQueuePage() {
  const user = await requirePageUser('/review');
  const queue = await listReviewQueue(user);
  return (
    <main>
      <h1>Review queue</h1>
      <p className="muted">Documents submitted for review (or reopened) in your projects, the longest waiting first.</p>
      {queue.length === 0 ? (
        <p className="muted">Nothing is waiting for review.</p>
      ) : (
        <table className="list">
          <thead>
            <tr><th>Document</th><th>Project</th><th>Status</th><th>Waiting since</th><th>Pending</th><th>Confirmed</th><th>Rejected</th><th>Approved</th><th>Actions</th></tr>
          </thead>
          <tbody>
            {queue.map((d) => (
              <tr key={d.documentId} aria-label={d.title}>
                <td>
                  <Link href={`/projects/${d.project.id}/documents/${d.documentId}`}>{d.title}</Link>
                  <br /><Link className="muted" href={`/projects/${d.project.id}/documents/${d.documentId}/history`}>History</Link>
                </td>
                <td>{d.project.name}</td>
                <td><span className={`badge ${d.status}`}>{documentStatusLabel(d.status)}</span></td>
                <td><LocalTime value={d.waitingSince} /></td>
                <td data-testid="pending">{d.beads.pending} of {d.beads.total}</td>
                <td>{d.beads.confirmed}</td>
                <td>{d.beads.rejected}</td>
                <td>{d.beads.approved}</td>
                <td>
                  {can(d.role, 'bead:review') ? (
                    <ReviewRowActions
                      documentId={d.documentId} title={d.title} version={d.version} confirmed={d.beads.confirmed}
                      pending={d.beads.pending}
                      signOffBlockedBy={!can(d.role, 'document:sign-off') ? 'Only reviewers sign off.' : d.fourEyesBlocksYou ? 'Four-eyes: you edited this document.' : null}
                    />
                  ) : null}
                  {d.fourEyesBlocksYou && <p className="muted">You edited this document: four-eyes review needs another reviewer to sign off.</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

import 'server-only';
import type { Role } from '@/lib/permissions';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { readSnapshot, type Tx } from '@/lib/server/db';
import { qaCountsOf, summarySelect, type QaCounts } from '@/lib/server/qa/qa-summaries';
import { EDITING_KINDS } from './transition-document';

// The reviewer queue: documents waiting for review (in review, or reopened) in every project where the caller
// may review beads, oldest wait first, with what is still pending. Scoped by membership in the query itself.

export interface ReviewQueueItem {
  documentId: string;
  title: string;
  status: 'in_review' | 'reopened';
  version: number;
  project: { id: string; name: string };
  role: Role;
  /** When it was last submitted or reopened. */
  waitingSince: string;
  beads: { total: number; pending: number; confirmed: number; rejected: number; approved: number; excluded: number };
  /** Open comment threads on its beads, as the editor counts them (the sign-off dialog warns about them). */
  openThreads: number;
  /** With four-eyes on, the caller cannot sign this off: they edited it. */
  fourEyesBlocksYou: boolean;
  /** Open translation QA flags and the beads they are on (decision 041). */
  qa: QaCounts;
}

const REVIEW_ROLES: Role[] = ['admin', 'reviewer'];
const LIMIT = 500;

export async function listReviewQueue(actor: SessionUser): Promise<ReviewQueueItem[]> {
  // The listing and its counts in one snapshot: a project deleted meanwhile must not leave a document without it.
  const { documents, counts, waits, edits, threads } = await readSnapshot((tx) => readQueue(tx, actor));
  const qa = await qaCountsOf(documents);
  const open = new Map(threads.map((t) => [t.documentId, t._count]));
  const waited = new Map(waits.map((w) => [w.documentId, w._max.createdAt]));
  const edited = new Set(edits.map((e) => e.documentId));
  const items = documents.map((d): ReviewQueueItem => {
    const count = (status: string) => counts.find((c) => c.documentId === d.id && c.status === status)?._count ?? 0;
    const total = counts.filter((c) => c.documentId === d.id).reduce((n, c) => n + c._count, 0);
    const approved = count('approved');
    const excluded = count('excluded');
    return {
      documentId: d.id,
      title: d.title,
      status: d.status as 'in_review',
      version: d.version,
      project: { id: d.project.id, name: d.project.name },
      role: actor.isAdmin ? 'admin' : (d.project.memberships[0]?.role ?? 'viewer'),
      waitingSince: (waited.get(d.id) ?? d.createdAt).toISOString(),
      beads: {
        total,
        pending: total - approved - excluded,
        confirmed: count('confirmed'),
        rejected: count('rejected'),
        approved,
        excluded,
      },
      openThreads: open.get(d.id) ?? 0,
      fourEyesBlocksYou: d.project.fourEyes && edited.has(d.id),
      qa: qa.get(d.id) ?? { flags: 0, beads: 0 },
    };
  });
  return items.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.title.localeCompare(b.title));
}

async function readQueue(tx: Tx, actor: SessionUser) {
  const documents = await tx.document.findMany({
    where: {
      status: { in: ['in_review', 'reopened'] },
      ...(actor.isAdmin ? {} : { project: { memberships: { some: { userId: actor.id, role: { in: REVIEW_ROLES } } } } }),
    },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      createdAt: true,
      qaSummary: true,
      project: {
        select: {
          ...summarySelect.project.select,
          name: true,
          fourEyes: true,
          memberships: { where: { userId: actor.id }, select: { role: true } },
        },
      },
    },
    take: LIMIT,
  });
  const ids = documents.map((d) => d.id);
  const [counts, waits, edits, threads] = await Promise.all([
    tx.bead.groupBy({ by: ['documentId', 'status'], where: { documentId: { in: ids } }, _count: true }),
    tx.auditEvent.groupBy({
      by: ['documentId'],
      where: { documentId: { in: ids }, action: { in: ['document.submit', 'document.reopen'] } },
      _max: { createdAt: true },
    }),
    tx.operation.groupBy({
      by: ['documentId'],
      where: { documentId: { in: ids }, userId: actor.id, undone: false, kind: { in: [...EDITING_KINDS] } },
      _count: true,
    }),
    tx.annotation.groupBy({
      by: ['documentId'],
      where: { documentId: { in: ids }, resolved: false, parentId: null, beadId: { not: null } },
      _count: true,
    }),
  ]);
  return { documents, counts, waits, edits, threads };
}

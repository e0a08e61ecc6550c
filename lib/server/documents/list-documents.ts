import 'server-only';
import { visibleDocument, visibleStatus } from './visible-documents';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { progressFromCounts, type StatusCounts } from '@/lib/review/review-progress';

export async function listDocuments(actor: SessionUser, { projectId }: { projectId: string }) {
  await projectAccess(actor, projectId, 'project:read');
  const documents = await db.document.findMany({
    where: { projectId, ...visibleDocument },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, status: true, version: true, updatedAt: true },
  });
  const counts = await db.bead.groupBy({
    by: ['documentId', 'status'],
    where: { documentId: { in: documents.map((d) => d.id) } },
    _count: true,
  });
  return documents.map((d) => {
    const mine: StatusCounts = Object.fromEntries(counts.filter((c) => c.documentId === d.id).map((c) => [c.status, c._count]));
    // The one definition of progress (lib/review/review-progress.ts, decision 023): excluded beads are out of it.
    const review = progressFromCounts(mine);
    return { ...d, status: visibleStatus(d.status), beads: review.beads, progress: review.ratio, review };
  });
}

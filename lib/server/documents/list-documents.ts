import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';

export async function listDocuments(actor: SessionUser, projectId: string) {
  await projectAccess(actor, projectId, 'project:read');
  const documents = await db.document.findMany({
    where: { projectId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, status: true, version: true, updatedAt: true },
  });
  const counts = await db.bead.groupBy({ by: ['documentId', 'status'], where: { documentId: { in: documents.map((d) => d.id) } }, _count: true });
  return documents.map((d) => {
    const mine = counts.filter((c) => c.documentId === d.id);
    const total = mine.reduce((n, c) => n + c._count, 0);
    const done = mine.filter((c) => ['confirmed', 'approved', 'excluded'].includes(c.status)).reduce((n, c) => n + c._count, 0);
    return { ...d, beads: total, progress: total ? done / total : 0 };
  });
}

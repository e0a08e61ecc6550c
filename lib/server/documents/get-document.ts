import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { loadAlignment } from './load-alignment';

export async function getDocument(actor: SessionUser, documentId: string) {
  const ctx = await documentAccess(actor, documentId, 'document:read');
  const meta = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    select: { id: true, title: true, status: true, version: true, sourceUrl: true, targetUrl: true, updatedAt: true },
  });
  const alignment = await loadAlignment(documentId);
  return {
    ...meta,
    role: ctx.role,
    project: { id: ctx.project.id, name: ctx.project.name, sourceLang: ctx.project.sourceLang, targetLang: ctx.project.targetLang },
    source: alignment.source,
    target: alignment.target,
    beads: alignment.beads.map((b) => ({ ...b, labels: alignment.labels.get(b.id) ?? [] })),
  };
}

export type DocumentView = Awaited<ReturnType<typeof getDocument>>;

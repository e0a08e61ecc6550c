import 'server-only';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';

// Who else has a document open: each open editor sends a heartbeat every 20 s; a row older than 60 s is gone.
const FRESH_MS = 60_000;

export async function listPresence(documentId: string, exceptUserId: string) {
  const rows = await db.documentPresence.findMany({
    where: { documentId, userId: { not: exceptUserId }, seenAt: { gt: new Date(Date.now() - FRESH_MS) } },
    select: { userId: true },
  });
  if (!rows.length) return [];
  const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, name: true } });
  return users.map((u) => ({ userId: u.id, name: u.name }));
}

export async function heartbeat(actor: SessionUser, { documentId }: { documentId: string }) {
  await documentAccess(actor, documentId, 'document:read');
  await db.documentPresence.upsert({
    where: { documentId_userId: { documentId, userId: actor.id } },
    create: { documentId, userId: actor.id },
    update: { seenAt: new Date() },
  });
  const version = (await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true } })).version;
  return { presence: await listPresence(documentId, actor.id), version };
}

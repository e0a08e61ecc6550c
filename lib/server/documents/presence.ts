import 'server-only';
import { z } from 'zod';
import { idSchema } from '@/lib/alignment/alignment-schema';
import type { PresenceView } from '@/lib/alignment/document-view-schema';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { CHANNELS } from '@/lib/server/live/change-listener';

// Who else has a document open, and on which bead: each open editor sends a heartbeat every 20 s and when its
// selection moves; a row older than 60 s is gone. A heartbeat notifies the presence channel, so the others'
// event streams show the move within a second, on any instance (decision 042).
const FRESH_MS = 60_000;

export const heartbeatSchema = z.object({ beadId: idSchema.nullable().optional() }).strict();

export async function listPresence(documentId: string, exceptUserId: string): Promise<PresenceView> {
  const rows = await db.documentPresence.findMany({
    where: { documentId, userId: { not: exceptUserId }, seenAt: { gt: new Date(Date.now() - FRESH_MS) } },
    select: { userId: true, beadId: true },
  });
  if (!rows.length) return [];
  const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.flatMap((r) => {
    const name = names.get(r.userId);
    return name === undefined ? [] : [{ userId: r.userId, name, beadId: r.beadId }];
  });
}

export async function heartbeat(
  actor: SessionUser,
  { documentId, ...input }: { documentId: string } & z.infer<typeof heartbeatSchema>,
  /** The access a route already checked for this user and document. */
  access?: DocumentContext,
) {
  await documentAccess(actor, documentId, 'document:read', access);
  // Without a bead in the body the last one stays (an idle page's periodic heartbeat).
  const beadId = input.beadId === undefined ? {} : { beadId: input.beadId };
  const previous = await db.documentPresence.findUnique({
    where: { documentId_userId: { documentId, userId: actor.id } },
    select: { beadId: true },
  });
  await db.documentPresence.upsert({
    where: { documentId_userId: { documentId, userId: actor.id } },
    create: { documentId, userId: actor.id, ...beadId },
    update: { seenAt: new Date(), ...beadId },
  });
  // Only arrivals and moves are news to the others; the periodic beat keeps the row fresh quietly.
  if (!previous || (input.beadId !== undefined && input.beadId !== previous.beadId))
    await db.$executeRaw`SELECT pg_notify(${CHANNELS.presence}, ${JSON.stringify({ documentId })})`;
  const version = (await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true } })).version;
  return { presence: await listPresence(documentId, actor.id), version };
}

import 'server-only';
import { z } from 'zod';
import { idSchema } from '@/lib/alignment/alignment-schema';
import type { PresenceView } from '@/lib/alignment/document-view-schema';
import { documentAccess, type DocumentContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { CHANNELS } from '@/lib/server/live/change-listener';

// Who else has a document open, and on which bead: each open editor sends a heartbeat every 20 s and when its
// selection moves; a row older than 60 s is gone. A heartbeat notifies the presence channel, so the others'
// event streams show the move within a second, on any instance (decision 042).
const FRESH_SECONDS = 60;

export const heartbeatSchema = z.object({ beadId: idSchema.nullable().optional() }).strict();

/** Others whose heartbeat is fresh (by the database's clock, as the heartbeat writes it), as the editor shows them. */
export function othersPresent(documentId: string, exceptUserId: string) {
  return Prisma.sql`
    SELECT COALESCE(json_agg(json_build_object('userId', p."userId", 'name', u."name", 'beadId', p."beadId") ORDER BY p."seenAt"), '[]'::json)
    FROM "DocumentPresence" p JOIN "User" u ON u."id" = p."userId"
    WHERE p."documentId" = ${documentId} AND p."userId" <> ${exceptUserId} AND p."seenAt" > now() - ${FRESH_SECONDS}::int * interval '1 second'`;
}

export async function listPresence(documentId: string, exceptUserId: string): Promise<PresenceView> {
  const [row] = await db.$queryRaw<{ presence: PresenceView }[]>`SELECT (${othersPresent(documentId, exceptUserId)}) AS "presence"`;
  return row?.presence ?? [];
}

/** PostgreSQL's foreign-key violation, as Prisma's raw query error carries it: the document went away mid-beat. */
function isDocumentGone(error: unknown): boolean {
  const meta = error !== null && typeof error === 'object' && 'meta' in error ? (error as { meta?: unknown }).meta : undefined;
  return JSON.stringify(meta ?? null).includes('23503');
}

/**
 * One statement (decision 046): write the beat, notify the presence channel when it is news (the user arrived,
 * or moved to another bead), and read the version and who else is here. The beat is written only while the
 * document exists; a heartbeat for a deleted document (a tab left open, or a delete racing the beat) is a 404,
 * not a foreign-key error.
 */
export async function heartbeat(
  actor: SessionUser,
  { documentId, ...input }: { documentId: string } & z.infer<typeof heartbeatSchema>,
  /** The access a route already checked for this user and document. */
  access?: DocumentContext,
): Promise<{ presence: PresenceView; version: number }> {
  await documentAccess(actor, documentId, 'document:read', access);
  // Without a bead in the body the last one stays (an idle page's periodic heartbeat).
  const moves = input.beadId !== undefined;
  const beadId = input.beadId ?? null;
  const payload = JSON.stringify({ documentId });
  try {
    const [row] = await db.$queryRaw<{ version: number; presence: PresenceView; notified: number }[]>`
      WITH doc AS (SELECT "version" FROM "Document" WHERE "id" = ${documentId}),
      previous AS (SELECT "beadId" FROM "DocumentPresence" WHERE "documentId" = ${documentId} AND "userId" = ${actor.id}),
      beat AS (
        INSERT INTO "DocumentPresence" ("documentId", "userId", "seenAt", "beadId")
        SELECT ${documentId}, ${actor.id}, now(), ${beadId}::text FROM doc
        ON CONFLICT ("documentId", "userId") DO UPDATE
          SET "seenAt" = now(), "beadId" = CASE WHEN ${moves} THEN EXCLUDED."beadId" ELSE "DocumentPresence"."beadId" END
        RETURNING 1
      ),
      news AS (
        SELECT pg_notify(${CHANNELS.presence}, ${payload}) FROM doc
        WHERE NOT EXISTS (SELECT 1 FROM previous) OR (${moves} AND (SELECT "beadId" FROM previous) IS DISTINCT FROM ${beadId}::text)
      )
      SELECT doc."version", (SELECT count(*) FROM news)::int AS "notified", (${othersPresent(documentId, actor.id)}) AS "presence"
      FROM doc`;
    if (!row) throw notFound('The document');
    return { presence: row.presence, version: row.version };
  } catch (error) {
    if (isDocumentGone(error)) throw notFound('The document');
    throw error;
  }
}

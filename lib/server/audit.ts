import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { BulkClient, Tx } from '@/lib/server/db';
import { newId } from '@/lib/server/documents/new-id';

// The append-only audit log. Always written with the transaction client of the change it describes, so the
// change and its record commit or fail together.
export interface AuditInput {
  actorId: string | null;
  action: string;
  projectId?: string | null;
  documentId?: string | null;
  target?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

export async function audit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      projectId: input.projectId ?? null,
      documentId: input.documentId ?? null,
      target: input.target ?? null,
      before: input.before,
      after: input.after,
    },
  });
}

/** The same row, as a CTE of a change's one statement (decision 052); its time is when it was written, under the row lock. */
export function auditWrite(input: AuditInput): Prisma.Sql {
  const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
  return Prisma.sql`audit_written AS (INSERT INTO "AuditEvent" ("id", "actorId", "action", "projectId", "documentId", "target", "before", "after", "createdAt")
    VALUES (${newId()}, ${input.actorId}, ${input.action}, ${input.projectId ?? null}, ${input.documentId ?? null}, ${input.target ?? null},
      ${json(input.before)}::jsonb, ${json(input.after)}::jsonb, clock_timestamp()))`;
}

/** The same row, written on a bulk connection (lib/server/db.ts `withBulkConnections`). */
export async function auditBulk(client: BulkClient, input: AuditInput): Promise<void> {
  await client.query(
    `INSERT INTO "AuditEvent" ("id", "actorId", "action", "projectId", "documentId", "target", "before", "after")
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      newId(),
      input.actorId,
      input.action,
      input.projectId ?? null,
      input.documentId ?? null,
      input.target ?? null,
      input.before === undefined ? null : JSON.stringify(input.before),
      input.after === undefined ? null : JSON.stringify(input.after),
    ],
  );
}

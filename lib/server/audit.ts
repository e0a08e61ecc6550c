import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/server/db';

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

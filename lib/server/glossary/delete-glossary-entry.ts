import 'server-only';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/** Removes a pair (the audit event keeps it). Another project's entry id is a 404. */
export async function deleteGlossaryEntry(actor: SessionUser, input: { projectId: string; entryId: string }): Promise<{ id: string }> {
  await projectAccess(actor, input.projectId, 'project:glossary');
  return db.$transaction(async (tx) => {
    const entry = await tx.glossaryEntry.findFirst({
      where: { id: input.entryId, projectId: input.projectId },
      select: { id: true, source: true, target: true },
    });
    // deleteMany: a concurrent delete of the same entry is a 404 here, not a driver error
    const removed = entry ? await tx.glossaryEntry.deleteMany({ where: { id: entry.id, projectId: input.projectId } }) : null;
    if (!entry || removed?.count !== 1) throw notFound('That glossary entry');
    await audit(tx, {
      actorId: actor.id,
      action: 'glossary.delete',
      projectId: input.projectId,
      target: entry.id,
      before: { source: entry.source, target: entry.target },
    });
    return { id: entry.id };
  });
}

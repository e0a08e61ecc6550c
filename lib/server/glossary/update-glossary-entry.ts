import 'server-only';
import { glossaryKey } from '@/lib/formats/glossary-file';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { lockProject } from '@/lib/server/projects/lock-project';
import {
  alreadyExists,
  glossaryEntrySchema,
  glossaryKeys,
  glossarySelect,
  type GlossaryEntryInput,
  type GlossaryEntryView,
} from './glossary-schema';

/** Fixes a pair. The entry id is looked up together with the project: another project's entry is a 404. */
export async function updateGlossaryEntry(
  actor: SessionUser,
  input: { projectId: string; entryId: string } & GlossaryEntryInput,
): Promise<GlossaryEntryView> {
  const { projectId, entryId, ...fields } = input;
  await projectAccess(actor, projectId, 'project:glossary');
  const entry = glossaryEntrySchema.parse(fields);
  return db.$transaction(async (tx) => {
    await lockProject(tx, projectId);
    const before = await tx.glossaryEntry.findFirst({ where: { id: entryId, projectId }, select: glossarySelect });
    if (!before) throw notFound('That glossary entry');
    if (before.source === entry.source && before.target === entry.target) return before;
    const other = (await glossaryKeys(tx, projectId)).get(glossaryKey(entry.source, entry.target));
    if (other && other !== entryId) throw alreadyExists(entry);
    const row = await tx.glossaryEntry.update({ where: { id: entryId }, data: entry, select: glossarySelect });
    await audit(tx, {
      actorId: actor.id,
      action: 'glossary.update',
      projectId,
      target: entryId,
      before: { source: before.source, target: before.target },
      after: entry,
    });
    return row;
  });
}

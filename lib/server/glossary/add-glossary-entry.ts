import 'server-only';
import { glossaryKey } from '@/lib/formats/glossary-file';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { lockProject } from '@/lib/server/projects/lock-project';
import {
  alreadyExists,
  assertRoomFor,
  glossaryEntrySchema,
  glossaryKeys,
  glossarySelect,
  type GlossaryEntryInput,
  type GlossaryEntryView,
} from './glossary-schema';

/** Editors and admins add a pair; the same pair twice is a 409. New entries steer alignments made from now on. */
export async function addGlossaryEntry(actor: SessionUser, input: { projectId: string } & GlossaryEntryInput): Promise<GlossaryEntryView> {
  const { projectId, ...fields } = input;
  await projectAccess(actor, projectId, 'project:glossary');
  const entry = glossaryEntrySchema.parse(fields);
  return db.$transaction(async (tx) => {
    await lockProject(tx, projectId);
    const keys = await glossaryKeys(tx, projectId);
    if (keys.has(glossaryKey(entry.source, entry.target))) throw alreadyExists(entry);
    assertRoomFor(keys.size, 1);
    const row = await tx.glossaryEntry.create({ data: { projectId, ...entry }, select: glossarySelect });
    await audit(tx, { actorId: actor.id, action: 'glossary.add', projectId, target: row.id, after: entry });
    return row;
  });
}

import 'server-only';
import { z } from 'zod';
import { glossaryKey } from '@/lib/formats/glossary-file';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import {
  assertRoomFor,
  glossaryEntrySchema,
  glossaryKeys,
  glossarySelect,
  type GlossaryEntryView,
} from '@/lib/server/glossary/glossary-schema';
import { lockProject } from '@/lib/server/projects/lock-project';

// What a desk decides about its terms (issue 15; decision 043). Preferring a rendering and accepting a mined
// proposal are one step: the pair becomes a glossary entry, which the engine and the QA checks already use.
// Rejecting a proposal records the decision (a GlossaryProposalRejection row, with an audit event naming the
// term; decision 049), so the proposal does not come back.
// Reviewers may do both: settling terms is review work (`project:terminology`).

export const REJECT_PROPOSAL_ACTION = 'glossary.proposal-reject';

export const acceptRenderingSchema = glossaryEntrySchema;
export const rejectProposalSchema = z.object({ source: glossaryEntrySchema.shape.source });

/** The pair as a glossary entry; an entry the glossary already has is returned as it is (accepting twice is harmless). */
export async function acceptRendering(
  actor: SessionUser,
  input: { projectId: string; source: string; target: string },
): Promise<GlossaryEntryView & { created: boolean }> {
  await projectAccess(actor, input.projectId, 'project:terminology');
  const entry = acceptRenderingSchema.parse({ source: input.source, target: input.target });
  return db.$transaction(async (tx) => {
    await lockProject(tx, input.projectId);
    const keys = await glossaryKeys(tx, input.projectId);
    const existing = keys.get(glossaryKey(entry.source, entry.target));
    if (existing)
      return { ...(await tx.glossaryEntry.findUniqueOrThrow({ where: { id: existing }, select: glossarySelect })), created: false };
    assertRoomFor(keys.size, 1);
    const row = await tx.glossaryEntry.create({ data: { projectId: input.projectId, ...entry }, select: glossarySelect });
    await audit(tx, {
      actorId: actor.id,
      action: 'glossary.add',
      projectId: input.projectId,
      target: row.id,
      after: { ...entry, via: 'terminology' },
    });
    return { ...row, created: true };
  });
}

export async function rejectProposal(actor: SessionUser, input: { projectId: string; source: string }): Promise<{ source: string }> {
  await projectAccess(actor, input.projectId, 'project:terminology');
  const { source } = rejectProposalSchema.parse({ source: input.source });
  await db.$transaction(async (tx) => {
    const { count } = await tx.glossaryProposalRejection.createMany({
      data: [{ projectId: input.projectId, source, rejectedById: actor.id }],
      skipDuplicates: true,
    });
    if (count) await audit(tx, { actorId: actor.id, action: REJECT_PROPOSAL_ACTION, projectId: input.projectId, target: source });
  });
  return { source };
}

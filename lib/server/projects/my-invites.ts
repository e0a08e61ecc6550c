import 'server-only';
import { z } from 'zod';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

// The invitations of the signed-in person: they accept or decline an invitation addressed to their own email (decision 025). Until they accept,
// they have no access; an invitation to someone else's email is "not found", like any other miss.

export const inviteIdSchema = z.string().trim().min(1).max(100);

async function ownInvite(tx: Tx, actor: SessionUser, inviteId: string) {
  const id = inviteIdSchema.parse(inviteId);
  return tx.projectInvite.findFirst({
    where: { id, email: actor.email.toLowerCase() },
    select: { id: true, projectId: true, role: true, invitedById: true, project: { select: { name: true } } },
  });
}

const notFound = () => new AppError('NOT_FOUND', 'That invitation was not found. It may have been cancelled or already answered.');

/** Makes the invitation a membership (an invitation never lowers a role the user already has). */
export async function acceptInvite(
  actor: SessionUser,
  { inviteId }: { inviteId: string },
): Promise<{ projectId: string; message: string }> {
  return db.$transaction(async (tx) => {
    const invite = await ownInvite(tx, actor, inviteId);
    if (!invite) throw notFound();
    // Deleting first makes a parallel second accept find nothing (its delete counts 0) instead of writing twice.
    const { count } = await tx.projectInvite.deleteMany({ where: { id: invite.id } });
    if (count !== 1) throw notFound();
    await tx.membership.upsert({
      where: { projectId_userId: { projectId: invite.projectId, userId: actor.id } },
      create: { projectId: invite.projectId, userId: actor.id, role: invite.role },
      update: {},
    });
    await audit(tx, {
      actorId: actor.id,
      action: 'project.invite-accepted',
      projectId: invite.projectId,
      target: actor.id,
      after: { role: invite.role, invitedById: invite.invitedById },
    });
    return { projectId: invite.projectId, message: `You joined ${invite.project.name} as ${invite.role}.` };
  });
}

export async function declineInvite(actor: SessionUser, { inviteId }: { inviteId: string }): Promise<{ message: string }> {
  return db.$transaction(async (tx) => {
    const invite = await ownInvite(tx, actor, inviteId);
    if (!invite) throw notFound();
    const { count } = await tx.projectInvite.deleteMany({ where: { id: invite.id } });
    if (count !== 1) throw notFound();
    await audit(tx, {
      actorId: actor.id,
      action: 'project.invite-declined',
      projectId: invite.projectId,
      target: actor.id,
      after: { role: invite.role },
    });
    return { message: `You declined the invitation to ${invite.project.name}.` };
  });
}

/** Invitations waiting for the signed-in user (shown on the Projects page). */
export async function listMyInvites(actor: SessionUser) {
  const invites = await db.projectInvite.findMany({
    where: { email: actor.email.toLowerCase() },
    orderBy: { createdAt: 'asc' },
    select: { id: true, role: true, createdAt: true, project: { select: { id: true, name: true } } },
  });
  return invites.map((i) => ({ id: i.id, projectId: i.project.id, projectName: i.project.name, role: i.role, createdAt: i.createdAt }));
}

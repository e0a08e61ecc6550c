import 'server-only';
import { audit } from '@/lib/server/audit';
import type { Tx } from '@/lib/server/db';

/**
 * Turns the project invitations waiting for an email into memberships, in the transaction that creates the
 * account with that email (decision 016). An invitation never lowers a role the user already has.
 */
export async function acceptInvites(tx: Tx, opts: { userId: string; email: string }): Promise<number> {
  const invites = await tx.projectInvite.findMany({ where: { email: opts.email }, select: { id: true, projectId: true, role: true, invitedById: true } });
  for (const invite of invites) {
    await tx.membership.upsert({
      where: { projectId_userId: { projectId: invite.projectId, userId: opts.userId } },
      create: { projectId: invite.projectId, userId: opts.userId, role: invite.role },
      update: {},
    });
    await audit(tx, { actorId: invite.invitedById, action: 'project.invite-accepted', projectId: invite.projectId, target: opts.userId, after: { role: invite.role } });
  }
  await tx.projectInvite.deleteMany({ where: { email: opts.email } });
  return invites.length;
}

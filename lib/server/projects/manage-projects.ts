import 'server-only';
import { visibleDocument } from '@/lib/server/documents/visible-documents';
import { z } from 'zod';
import { isRole, roles, type Role } from '@/lib/permissions';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

const langCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'Use a language code such as ko or en-US.');

export const createProjectSchema = z.object({
  name: z.string().trim().min(1, 'Enter a project name.').max(200),
  sourceLang: langCode.default('ko'),
  targetLang: langCode.default('en'),
});

/** Any signed-in user may create a project and becomes its admin. */
export async function createProject(actor: SessionUser, input: z.input<typeof createProjectSchema>): Promise<{ id: string }> {
  const data = createProjectSchema.parse(input);
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: { ...data, memberships: { create: { userId: actor.id, role: 'admin' } } },
      select: { id: true },
    });
    await audit(tx, { actorId: actor.id, action: 'project.create', projectId: project.id, target: project.id, after: data });
    return project;
  });
}

export async function listMyProjects(actor: SessionUser) {
  const projects = await db.project.findMany({
    where: actor.isAdmin ? {} : { memberships: { some: { userId: actor.id } } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      sourceLang: true,
      targetLang: true,
      memberships: { where: { userId: actor.id }, select: { role: true } },
      _count: { select: { documents: { where: visibleDocument } } },
    },
  });
  return projects.map((p) => ({
    id: p.id,
    name: p.name,
    sourceLang: p.sourceLang,
    targetLang: p.targetLang,
    role: (actor.isAdmin ? 'admin' : p.memberships[0]?.role) as Role,
    documentCount: p._count.documents,
  }));
}

export const setMemberSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'Email addresses have at most 254 characters.').email('Enter a valid email address.'),
  role: z.string().refine(isRole, `Role must be one of ${roles.join(', ')}.`),
});

/**
 * Invites the person with this email, or changes the role of someone who is already a member. Anyone else —
 * with an account or without — gets an invitation that gives no access until they accept it, so the answer
 * and what the admin sees next are the same whether or not the email has an account (decision 025).
 */
export async function setMember(
  actor: SessionUser,
  projectId: string,
  input: z.input<typeof setMemberSchema>,
): Promise<{ status: 'invited' | 'member'; message: string }> {
  await projectAccess(actor, projectId, 'project:manage');
  const data = setMemberSchema.parse(input);
  const role = data.role as Role;
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { projectId, user: { email: data.email } },
      select: { userId: true, role: true },
    });
    if (member) {
      await tx.membership.update({ where: { projectId_userId: { projectId, userId: member.userId } }, data: { role } });
      await audit(tx, {
        actorId: actor.id,
        action: 'project.set-member',
        projectId,
        target: member.userId,
        before: { role: member.role },
        after: { role },
      });
      return { status: 'member' as const, message: `${data.email} is now ${role} in this project.` };
    }
    await tx.projectInvite.upsert({
      where: { projectId_email: { projectId, email: data.email } },
      create: { projectId, email: data.email, role, invitedById: actor.id },
      update: { role, invitedById: actor.id },
    });
    await audit(tx, { actorId: actor.id, action: 'project.invite', projectId, target: data.email, after: { role } });
    return { status: 'invited' as const, message: inviteMessage(data.email, role) };
  });
}

/** What the admin is told after inviting: the same words for every email that is not yet a member. */
export function inviteMessage(email: string, role: Role): string {
  return `Invitation sent to ${email} as ${role}. They join the project when they accept it (on their Projects page after signing in).`;
}

/** Invitations not yet accepted, whoever they are for (project admins see and cancel them). */
export async function listInvites(actor: SessionUser, { projectId }: { projectId: string }) {
  await projectAccess(actor, projectId, 'project:manage');
  return db.projectInvite.findMany({
    where: { projectId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, role: true, createdAt: true },
  });
}

export async function cancelInvite(actor: SessionUser, { projectId, inviteId }: { projectId: string; inviteId: string }): Promise<void> {
  await projectAccess(actor, projectId, 'project:manage');
  await db.$transaction(async (tx) => {
    const invite = await tx.projectInvite.findFirst({ where: { id: inviteId, projectId }, select: { email: true } });
    if (!invite) throw new AppError('NOT_FOUND', 'That invitation was not found.');
    await tx.projectInvite.delete({ where: { id: inviteId } });
    await audit(tx, { actorId: actor.id, action: 'project.cancel-invite', projectId, target: invite.email });
  });
}

export async function removeMember(actor: SessionUser, { projectId, userId }: { projectId: string; userId: string }): Promise<void> {
  await projectAccess(actor, projectId, 'project:manage');
  await db.$transaction(async (tx) => {
    const removed = await tx.membership.deleteMany({ where: { projectId, userId } });
    if (removed.count !== 1) throw new AppError('NOT_FOUND', 'That member was not found.');
    await audit(tx, { actorId: actor.id, action: 'project.remove-member', projectId, target: userId });
  });
}

export async function listMembers(actor: SessionUser, { projectId }: { projectId: string }) {
  await projectAccess(actor, projectId, 'project:read');
  return db.membership.findMany({
    where: { projectId },
    orderBy: { createdAt: 'asc' },
    select: { role: true, user: { select: { id: true, email: true, name: true, active: true } } },
  });
}

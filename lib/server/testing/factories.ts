import crypto from 'node:crypto';
import type { Role } from '@/lib/permissions';
import { loadActiveUser, type SessionUser } from '@/lib/server/auth/load-user';
import { createDocument } from '@/lib/server/documents/create-document';
import { createProject, listInvites, setMember } from '@/lib/server/projects/manage-projects';
import { acceptInvite } from '@/lib/server/projects/my-invites';
import { createUser } from '@/lib/server/users/manage-users';
import { demoArticles } from '@/lib/server/seed/demo-articles';

// Factories shared by the integration tests (and the same use cases the seed calls): every object is made
// through the real use-case functions, so tests exercise what users do.

export const TEST_PASSWORD = 'correct-horse-battery';

export async function makeUser(opts: { isAdmin?: boolean; name?: string } = {}): Promise<SessionUser> {
  const tag = crypto.randomBytes(4).toString('hex');
  const { id } = await createUser(null, {
    email: `user-${tag}@test.example`,
    name: opts.name ?? `User ${tag}`,
    password: TEST_PASSWORD,
    isAdmin: opts.isAdmin ?? false,
  });
  return (await loadActiveUser(id))!;
}

export async function makeProject(
  owner: SessionUser,
  members: Partial<Record<Role, SessionUser>> = {},
  name = 'Test project',
): Promise<{ id: string }> {
  const project = await createProject(owner, { name, sourceLang: 'ko', targetLang: 'en' });
  for (const [role, user] of Object.entries(members)) {
    if (user) await addMember(owner, project.id, user, role);
  }
  return project;
}

/** The admin invites the user (or changes a member's role) and the user accepts, as people do (decision 025). */
export async function addMember(admin: SessionUser, projectId: string, user: SessionUser, role: string): Promise<void> {
  const { status } = await setMember(admin, projectId, { email: user.email, role });
  if (status === 'member') return;
  const invite = (await listInvites(admin, { projectId })).find((i) => i.email === user.email.toLowerCase())!;
  await acceptInvite(user, { inviteId: invite.id });
}

export async function makeDocument(actor: SessionUser, projectId: string, article = demoArticles[0]): Promise<{ id: string }> {
  return createDocument(actor, {
    projectId,
    title: article.title,
    sourceText: article.ko,
    targetText: article.en,
    sourceUrl: article.sourceUrl,
    targetUrl: article.targetUrl,
  });
}

/** An owner plus one user per role, all members of one new project. */
export async function makeTeam() {
  const owner = await makeUser({ name: 'Owner' });
  const team = { admin: await makeUser(), editor: await makeUser(), reviewer: await makeUser(), viewer: await makeUser() };
  const project = await makeProject(owner, team);
  return { owner, project, ...team };
}

import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectAccess } from '@/lib/server/access';
import { loadActiveUser, type SessionUser } from '@/lib/server/auth/load-user';
import { GET as listInvitesRoute } from '@/app/api/v1/invites/route';
import { DELETE as declineRoute } from '@/app/api/v1/invites/[inviteId]/route';
import { POST as acceptRoute } from '@/app/api/v1/invites/[inviteId]/accept/route';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { callRoute } from '@/lib/server/testing/call-route';
import { failure } from '@/lib/server/testing/failure';
import { TEST_PASSWORD, makeProject, makeUser } from '@/lib/server/testing/factories';
import { createUser } from '@/lib/server/users/manage-users';
import { cancelInvite, listInvites, listMembers, listMyProjects, setMember } from './manage-projects';
import { acceptInvite, declineInvite, listMyInvites } from './my-invites';

// Issue 9, item 10 (decisions 016, 025): adding a member answers alike for known and unknown emails, and what
// the admin sees next is alike too: every email that is not yet a member gets an invitation that gives no
// access until its person accepts it.

const freshEmail = () => `invitee-${crypto.randomBytes(4).toString('hex')}@test.example`;

/** What a project admin sees about an email after adding it: the answer, the members, the invitations. */
async function adminView(owner: SessionUser, projectId: string, email: string) {
  const members = await listMembers(owner, { projectId });
  const invites = await listInvites(owner, { projectId });
  return {
    memberRows: members.filter((m) => m.user.email === email).length,
    invites: invites.filter((i) => i.email === email).map((i) => ({ ...i, id: typeof i.id, createdAt: typeof i.createdAt })),
  };
}

describe('adding members does not reveal which emails have accounts', () => {
  it('answers and lists a known and an unknown email alike: an invitation, no membership', async () => {
    const owner = await makeUser();
    const known = await makeUser();
    const project = await makeProject(owner);
    const unknown = freshEmail();
    const a = await setMember(owner, project.id, { email: known.email, role: 'editor' });
    const b = await setMember(owner, project.id, { email: unknown, role: 'editor' });
    expect(a).toEqual({ status: 'invited', message: a.message });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.message.replace(known.email, 'X')).toBe(b.message.replace(unknown, 'X'));
    expect(b.message).toBe(
      `Invitation sent to ${unknown} as editor. They join the project when they accept it (on their Projects page after signing in).`,
    );
    const seenKnown = await adminView(owner, project.id, known.email);
    const seenUnknown = await adminView(owner, project.id, unknown);
    expect(seenKnown).toEqual({ memberRows: 0, invites: [{ id: 'string', email: known.email, role: 'editor', createdAt: 'object' }] });
    expect(seenUnknown).toEqual({ ...seenKnown, invites: seenKnown.invites.map((i) => ({ ...i, email: unknown })) });
  });

  it('an invited user with an account has no access until they accept, then has the invited role', async () => {
    const owner = await makeUser();
    const invitee = await makeUser();
    const project = await makeProject(owner, {}, 'Invite desk');
    await setMember(owner, project.id, { email: invitee.email.toUpperCase(), role: 'reviewer' });
    expect((await failure(projectAccess(invitee, project.id, 'project:read'))).code).toBe('NOT_FOUND');
    expect((await listMyProjects(invitee)).map((p) => p.id)).not.toContain(project.id);

    const mine = await listMyInvites(invitee);
    expect(mine.map((i) => [i.projectId, i.projectName, i.role])).toEqual([[project.id, 'Invite desk', 'reviewer']]);
    expect(await acceptInvite(invitee, { inviteId: mine[0].id })).toEqual({
      projectId: project.id,
      message: 'You joined Invite desk as reviewer.',
    });
    expect((await projectAccess(invitee, project.id, 'project:read')).role).toBe('reviewer');
    expect(await listInvites(owner, { projectId: project.id })).toEqual([]);
    expect(await listMyInvites(invitee)).toEqual([]);
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: 'project.invite-accepted', target: invitee.id } })).toBe(1);
    // Accepting twice, or in parallel, writes once: the second finds nothing.
    expect((await failure(acceptInvite(invitee, { inviteId: mine[0].id }))).code).toBe('NOT_FOUND');
  });

  it('an account created after the invitation sees it on first sign-in and must accept it too', async () => {
    const owner = await makeUser();
    const admin = await makeUser({ isAdmin: true });
    const project = await makeProject(owner);
    const email = freshEmail();
    await setMember(owner, project.id, { email, role: 'reviewer' });
    await setMember(owner, project.id, { email, role: 'viewer' }); // a second add changes the invitation's role
    expect((await listInvites(owner, { projectId: project.id })).map((i) => [i.email, i.role])).toEqual([[email, 'viewer']]);

    const { id } = await createUser(admin, { email, name: 'New Colleague', password: TEST_PASSWORD });
    const user = (await loadActiveUser(id))!;
    expect((await failure(projectAccess(user, project.id, 'project:read'))).code).toBe('NOT_FOUND');
    const [invite] = await listMyInvites(user);
    await acceptInvite(user, { inviteId: invite.id });
    expect((await projectAccess(user, project.id, 'project:read')).role).toBe('viewer');
    expect((await listMembers(owner, { projectId: project.id })).map((m) => m.user.email)).toContain(email);
  });

  it("a declined or cancelled invitation gives no access, and nobody can accept another person's invitation", async () => {
    const owner = await makeUser();
    const invitee = await makeUser();
    const attacker = await makeUser();
    const project = await makeProject(owner);
    await setMember(owner, project.id, { email: invitee.email, role: 'editor' });
    const [invite] = await listInvites(owner, { projectId: project.id });
    for (const id of [invite.id, '', 'x'.repeat(500), "' OR 1=1 --", 'a\u0000b']) {
      await expect(acceptInvite(attacker, { inviteId: id }), JSON.stringify(id)).rejects.toThrow();
    }
    expect((await failure(acceptInvite(attacker, { inviteId: invite.id }))).code).toBe('NOT_FOUND');
    expect((await failure(declineInvite(attacker, { inviteId: invite.id }))).code).toBe('NOT_FOUND');
    expect((await failure(projectAccess(attacker, project.id, 'project:read'))).code).toBe('NOT_FOUND');

    expect(await declineInvite(invitee, { inviteId: invite.id })).toEqual({
      message: expect.stringMatching(/^You declined the invitation to /),
    });
    expect((await failure(acceptInvite(invitee, { inviteId: invite.id }))).code).toBe('NOT_FOUND');
    expect((await failure(projectAccess(invitee, project.id, 'project:read'))).code).toBe('NOT_FOUND');

    await setMember(owner, project.id, { email: invitee.email, role: 'editor' });
    const [again] = await listInvites(owner, { projectId: project.id });
    await cancelInvite(owner, { projectId: project.id, inviteId: again.id });
    expect(await listMyInvites(invitee)).toEqual([]);
    expect((await failure(acceptInvite(invitee, { inviteId: again.id }))).code).toBe('NOT_FOUND');
  });

  it("the REST API lists, accepts and declines only the caller's own invitations", async () => {
    const owner = await makeUser();
    const invitee = await makeUser();
    const attacker = await makeUser();
    const project = await makeProject(owner, {}, 'API desk');
    await setMember(owner, project.id, { email: invitee.email, role: 'editor' });
    const [mineToken, theirToken] = await Promise.all([createApiToken(invitee.id), createApiToken(attacker.id)]);
    const listed = await callRoute(listInvitesRoute, { path: '/api/v1/invites', token: mineToken.token });
    const { invites } = (await listed.json()) as { invites: { id: string; projectId: string; projectName: string; role: string }[] };
    expect(invites.map((i) => [i.projectId, i.projectName, i.role])).toEqual([[project.id, 'API desk', 'editor']]);
    expect(await (await callRoute(listInvitesRoute, { path: '/api/v1/invites', token: theirToken.token })).json()).toEqual({ invites: [] });

    const accept = (token: string) =>
      callRoute(acceptRoute, {
        path: `/api/v1/invites/${invites[0].id}/accept`,
        method: 'POST',
        params: { inviteId: invites[0].id },
        token,
      });
    expect((await accept(theirToken.token)).status).toBe(404);
    expect(
      (
        await callRoute(declineRoute, {
          path: `/api/v1/invites/${invites[0].id}`,
          method: 'DELETE',
          params: { inviteId: invites[0].id },
          token: theirToken.token,
        })
      ).status,
    ).toBe(404);
    const accepted = await accept(mineToken.token);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ projectId: project.id, message: 'You joined API desk as editor.' });
    expect((await projectAccess(invitee, project.id, 'document:create')).role).toBe('editor');
    expect((await accept(mineToken.token)).status).toBe(404);
  });

  it('changes the role of someone who already is a member directly', async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const project = await makeProject(owner, { editor });
    expect(await setMember(owner, project.id, { email: editor.email, role: 'reviewer' })).toEqual({
      status: 'member',
      message: `${editor.email} is now reviewer in this project.`,
    });
    expect((await projectAccess(editor, project.id, 'project:read')).role).toBe('reviewer');
    expect(await listInvites(owner, { projectId: project.id })).toEqual([]);
  });

  it("only project admins see and cancel invitations, and only their own project's", async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const project = await makeProject(owner, { editor });
    const other = await makeProject(await makeUser());
    await setMember(owner, project.id, { email: freshEmail(), role: 'editor' });
    const [invite] = await listInvites(owner, { projectId: project.id });
    expect((await failure(listInvites(editor, { projectId: project.id }))).code).toBe('FORBIDDEN');
    expect((await failure(setMember(editor, project.id, { email: freshEmail(), role: 'admin' }))).code).toBe('FORBIDDEN');
    expect((await failure(cancelInvite(owner, { projectId: other.id, inviteId: invite.id }))).code).toBe('NOT_FOUND');
    expect((await failure(cancelInvite(owner, { projectId: project.id, inviteId: 'not-an-id' }))).code).toBe('NOT_FOUND');
    expect(await listInvites(owner, { projectId: project.id })).toHaveLength(1);
  });

  it('refuses malformed and hostile emails and roles with a message, writing nothing', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    for (const input of [
      { email: 'not-an-email', role: 'editor' },
      { email: 'a\u0000b@test.example', role: 'editor' },
      { email: `${'x'.repeat(400)}@test.example`, role: 'editor' },
      { email: freshEmail(), role: 'owner' },
      { email: 'x\'); DROP TABLE "User"; --@test.example', role: 'editor' },
    ]) {
      await expect(setMember(owner, project.id, input), JSON.stringify(input)).rejects.toThrow();
    }
    expect(await listInvites(owner, { projectId: project.id })).toEqual([]);
  });
});

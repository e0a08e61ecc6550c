import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectAccess } from '@/lib/server/access';
import { loadActiveUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { failure } from '@/lib/server/testing/failure';
import { TEST_PASSWORD, makeProject, makeUser } from '@/lib/server/testing/factories';
import { createUser } from '@/lib/server/users/manage-users';
import { cancelInvite, listInvites, listMembers, setMember } from './manage-projects';

// Issue 9, item 10: adding a member answers alike for known and unknown emails; the unknown get an invitation.

const freshEmail = () => `invitee-${crypto.randomBytes(4).toString('hex')}@test.example`;

describe('adding members does not reveal which emails have accounts', () => {
  it('answers a known and an unknown email with the same shape and wording', async () => {
    const owner = await makeUser();
    const known = await makeUser();
    const project = await makeProject(owner);
    const unknown = freshEmail();
    const a = await setMember(owner, project.id, { email: known.email, role: 'editor' });
    const b = await setMember(owner, project.id, { email: unknown, role: 'editor' });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.message.replace(known.email, 'X')).toBe(b.message.replace(unknown, 'X'));
    expect(b.message).toBe(`Invited ${unknown} as editor. They have access as soon as they have an account (at once if they already have one).`);
  });

  it('an invitation becomes the membership when an admin creates the account', async () => {
    const owner = await makeUser();
    const admin = await makeUser({ isAdmin: true });
    const project = await makeProject(owner);
    const email = freshEmail();
    await setMember(owner, project.id, { email: email.toUpperCase(), role: 'reviewer' });
    expect((await listInvites(owner, project.id)).map((i) => [i.email, i.role])).toEqual([[email, 'reviewer']]);
    await setMember(owner, project.id, { email, role: 'viewer' }); // a second add changes the invitation's role
    expect((await listInvites(owner, project.id)).map((i) => i.role)).toEqual(['viewer']);

    const { id } = await createUser(admin, { email, name: 'New Colleague', password: TEST_PASSWORD });
    const user = (await loadActiveUser(id))!;
    expect((await projectAccess(user, project.id, 'project:read')).role).toBe('viewer');
    expect(await listInvites(owner, project.id)).toEqual([]);
    expect((await listMembers(owner, project.id)).map((m) => m.user.email)).toContain(email);
    expect(await db.auditEvent.count({ where: { projectId: project.id, action: 'project.invite-accepted', target: id } })).toBe(1);
  });

  it('an invitee has no access before the account exists, and a cancelled invitation gives none after', async () => {
    const owner = await makeUser();
    const admin = await makeUser({ isAdmin: true });
    const project = await makeProject(owner);
    const email = freshEmail();
    await setMember(owner, project.id, { email, role: 'editor' });
    const [invite] = await listInvites(owner, project.id);
    await cancelInvite(owner, project.id, invite.id);
    const { id } = await createUser(admin, { email, name: 'Late', password: TEST_PASSWORD });
    expect((await failure(projectAccess((await loadActiveUser(id))!, project.id, 'project:read'))).code).toBe('NOT_FOUND');
  });

  it('only project admins see and cancel invitations, and only their own project\'s', async () => {
    const owner = await makeUser();
    const editor = await makeUser();
    const project = await makeProject(owner, { editor });
    const other = await makeProject(await makeUser());
    await setMember(owner, project.id, { email: freshEmail(), role: 'editor' });
    const [invite] = await listInvites(owner, project.id);
    expect((await failure(listInvites(editor, project.id))).code).toBe('FORBIDDEN');
    expect((await failure(setMember(editor, project.id, { email: freshEmail(), role: 'admin' }))).code).toBe('FORBIDDEN');
    expect((await failure(cancelInvite(owner, other.id, invite.id))).code).toBe('NOT_FOUND');
    expect((await failure(cancelInvite(owner, project.id, 'not-an-id'))).code).toBe('NOT_FOUND');
    expect(await listInvites(owner, project.id)).toHaveLength(1);
  });

  it('refuses malformed and hostile emails and roles with a message, writing nothing', async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    for (const input of [
      { email: 'not-an-email', role: 'editor' },
      { email: 'a\u0000b@test.example', role: 'editor' },
      { email: `${'x'.repeat(400)}@test.example`, role: 'editor' },
      { email: freshEmail(), role: 'owner' },
      { email: "x'); DROP TABLE \"User\"; --@test.example", role: 'editor' },
    ]) {
      await expect(setMember(owner, project.id, input), JSON.stringify(input)).rejects.toThrow();
    }
    expect(await listInvites(owner, project.id)).toEqual([]);
  });
});

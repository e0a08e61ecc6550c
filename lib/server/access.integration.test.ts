import { beforeAll, describe, expect, it } from 'vitest';
import { actions, roles, type Action, type Role } from '@/lib/permissions';
import { documentAccess, projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { AppError } from '@/lib/server/errors';
import { makeDocument, makeTeam, makeUser } from '@/lib/server/testing/factories';

// Written out by hand, independently of the table in lib/permissions.ts (and kept equal to the unit test's
// matrix in lib/permissions.test.ts), so that a change to the table must change both tests.
const expectedMatrix: Record<Role, readonly Action[]> = {
  admin: [
    'project:read',
    'project:manage',
    'project:glossary',
    'project:terminology',
    'document:read',
    'document:export',
    'document:create',
    'document:align',
    'document:edit-text',
    'document:revise',
    'document:comment',
    'document:delete',
    'bead:review',
    'document:reopen',
  ],
  editor: [
    'project:read',
    'project:glossary',
    'project:terminology',
    'document:read',
    'document:export',
    'document:create',
    'document:align',
    'document:edit-text',
    'document:revise',
    'document:comment',
  ],
  reviewer: [
    'project:read',
    'project:terminology',
    'document:read',
    'document:export',
    'document:comment',
    'bead:review',
    'document:sign-off',
    'document:reopen',
  ],
  viewer: ['project:read', 'document:read', 'document:export'],
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('access through the permission table, against PostgreSQL', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let documentId: string;
  let outsider: SessionUser;

  beforeAll(async () => {
    team = await makeTeam();
    documentId = (await makeDocument(team.owner, team.project.id)).id;
    outsider = await makeUser();
  });

  for (const role of roles) {
    for (const action of actions) {
      const expected = expectedMatrix[role].includes(action) ? 'OK' : 'FORBIDDEN';
      it(`${role} → ${action}: ${expected}`, async () => {
        const user = team[role];
        expect(await codeOf(projectAccess(user, team.project.id, action))).toBe(expected);
        expect(await codeOf(documentAccess(user, documentId, action))).toBe(expected);
      });
    }
  }

  it('gives a non-member 404 for the project and its documents, whatever the action', async () => {
    for (const action of ['project:read', 'document:read', 'document:export'] satisfies Action[]) {
      expect(await codeOf(projectAccess(outsider, team.project.id, action))).toBe('NOT_FOUND');
      expect(await codeOf(documentAccess(outsider, documentId, action))).toBe('NOT_FOUND');
    }
  });

  it('answers a guessed id exactly like a forbidden one', async () => {
    expect(await codeOf(documentAccess(outsider, 'cm0000000000000000000000', 'document:read'))).toBe('NOT_FOUND');
    expect(await codeOf(projectAccess(team.editor, 'not-a-project', 'project:read'))).toBe('NOT_FOUND');
  });

  it('treats system administrators as admins of every project', async () => {
    const sysadmin = await makeUser({ isAdmin: true });
    expect((await projectAccess(sysadmin, team.project.id, 'project:manage')).role).toBe('admin');
  });
});

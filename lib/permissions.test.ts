import { describe, expect, it } from 'vitest';
import { actions, can, roles, type Action, type Role } from './permissions';

// The expected matrix, written out independently of the table so a change to either is caught.
const expected: Record<Role, Action[]> = {
  admin: actions.filter((a) => a !== 'document:sign-off'),
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

describe('can(role, action)', () => {
  for (const role of roles) {
    for (const action of actions) {
      const allowed = expected[role].includes(action);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(allowed);
      });
    }
  }

  it('lets reviewers edit text only when the project allows it', () => {
    expect(can('reviewer', 'document:edit-text', { reviewersMayEdit: true })).toBe(true);
    expect(can('viewer', 'document:edit-text', { reviewersMayEdit: true })).toBe(false);
  });
});

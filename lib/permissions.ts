// The one permission table (house style, habit 3): every server action, route handler and API route asks
// `can(role, action)` through lib/server/access.ts. Pure: no framework or database imports.

export const roles = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'project:read',
  'project:manage', // rename, settings, members
  'project:glossary', // add, edit, delete and import glossary entries (every member may read them)
  'project:terminology', // prefer a rendering of a term, accept or reject a mined glossary proposal
  'document:read',
  'document:export',
  'document:create', // import, TMX import
  'document:align', // alignment operations, undo/redo, realign, confirm
  'document:edit-text',
  'document:revise', // a new version of either side of an article (issue 14 part 2); reopens a signed-off document
  'document:comment',
  'document:delete',
  'bead:review', // approve / reject
  'document:sign-off',
  'document:reopen',
] as const;
export type Action = (typeof actions)[number];

const table: Record<Action, readonly Role[]> = {
  'project:read': ['admin', 'editor', 'reviewer', 'viewer'],
  'project:manage': ['admin'],
  'project:glossary': ['admin', 'editor'],
  'project:terminology': ['admin', 'editor', 'reviewer'], // issue 15: reviewers settle the desk's terms
  'document:read': ['admin', 'editor', 'reviewer', 'viewer'],
  'document:export': ['admin', 'editor', 'reviewer', 'viewer'],
  'document:create': ['admin', 'editor'],
  'document:align': ['admin', 'editor'],
  'document:edit-text': ['admin', 'editor'],
  'document:revise': ['admin', 'editor'],
  'document:comment': ['admin', 'editor', 'reviewer'],
  'document:delete': ['admin'],
  'bead:review': ['admin', 'reviewer'],
  'document:sign-off': ['reviewer'], // issue 5: only a reviewer signs off; admins add themselves as reviewers
  'document:reopen': ['admin', 'reviewer'],
};

export interface ProjectPolicy {
  /** Reviewers may fix typos in segment text (off by default). */
  reviewersMayEdit?: boolean;
}

export function can(role: Role, action: Action, policy: ProjectPolicy = {}): boolean {
  if (action === 'document:edit-text' && role === 'reviewer') return policy.reviewersMayEdit === true;
  return table[action].includes(role);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

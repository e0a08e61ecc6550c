import 'server-only';
import { visibleDocument } from '@/lib/server/documents/visible-documents';
import { can, type Action, type Role } from '@/lib/permissions';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { AppError, forbidden, notFound } from '@/lib/server/errors';

// Resolves project and role for a user and checks one action against the permission table. Child ids are
// looked up together with the caller's membership in one query; a miss is a 404 whatever the reason, so
// guessing ids reveals nothing.

export interface ProjectContext {
  user: SessionUser;
  role: Role;
  project: {
    id: string;
    name: string;
    sourceLang: string;
    targetLang: string;
    fourEyes: boolean;
    reviewersMayEdit: boolean;
    abbreviations: string[];
    /** Translation QA checks that run (decision 041). */
    qaChecks: string[];
  };
}

export interface DocumentContext extends ProjectContext {
  document: { id: string; projectId: string; title: string; status: string; version: number };
}

const projectSelect = {
  id: true,
  name: true,
  sourceLang: true,
  targetLang: true,
  fourEyes: true,
  reviewersMayEdit: true,
  abbreviations: true,
  qaChecks: true,
} as const;

function roleOf(user: SessionUser, memberships: { role: Role }[]): Role | null {
  if (user.isAdmin) return 'admin'; // system administrators administer every project
  return memberships[0]?.role ?? null;
}

function check(ctx: ProjectContext, action: Action): void {
  if (!can(ctx.role, action, { reviewersMayEdit: ctx.project.reviewersMayEdit })) throw forbidden();
}

export async function projectAccess(user: SessionUser, projectId: string, action: Action): Promise<ProjectContext> {
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { ...projectSelect, memberships: { where: { userId: user.id }, select: { role: true } } },
  });
  const role = project ? roleOf(user, project.memberships) : null;
  if (!project || !role) throw notFound('That project');
  const { memberships: _m, ...rest } = project;
  const ctx: ProjectContext = { user, role, project: rest };
  check(ctx, action);
  return ctx;
}

/**
 * `checked`: the context a route already resolved for this user and document (apiHandler's `access`); it is
 * checked against `action` again but not looked up again. Anything that does not match is looked up as usual.
 */
export async function documentAccess(
  user: SessionUser,
  documentId: string,
  action: Action,
  checked?: DocumentContext,
): Promise<DocumentContext> {
  if (checked && checked.user.id === user.id && checked.document.id === documentId) {
    check(checked, action);
    return checked;
  }
  const document = await db.document.findUnique({
    where: { id: documentId, ...visibleDocument }, // an importing document is not there yet (decision 053)
    select: {
      id: true,
      projectId: true,
      title: true,
      status: true,
      version: true,
      project: { select: { ...projectSelect, memberships: { where: { userId: user.id }, select: { role: true } } } },
    },
  });
  // Prisma reads the project with a second query: a project deleted in between reads as null, and the document
  // is gone with it.
  const found = document ? (document.project as (typeof document)['project'] | null) : null;
  const role = found ? roleOf(user, found.memberships) : null;
  if (!document || !found || !role) throw notFound('That document');
  const { memberships: _m, ...project } = found;
  const ctx: DocumentContext = {
    user,
    role,
    project,
    document: { id: document.id, projectId: document.projectId, title: document.title, status: document.status, version: document.version },
  };
  check(ctx, action);
  return ctx;
}

export function requireSystemAdmin(user: SessionUser): void {
  if (!user.isAdmin) throw new AppError('FORBIDDEN', 'Only administrators can do that.');
}

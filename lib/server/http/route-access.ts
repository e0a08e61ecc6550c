import 'server-only';
import type { Action } from '@/lib/permissions';
import { documentAccess, projectAccess, type DocumentContext, type ProjectContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';

// The access check a route declares in apiHandler (`access: { project: 'document:create' }`). It runs after the
// caller is resolved and before the handler, so a request to someone else's project is answered 404 without
// reading its body (issue 9: a 150 MB upload was read whole before the 404). The handler receives the checked
// context and may pass it to the use case (`access`), which then checks the action without a second query.

export type RouteAccess = { project: Action } | { document: Action };

export interface CheckedAccess {
  project?: ProjectContext;
  document?: DocumentContext;
}

export async function checkRouteAccess(user: SessionUser, params: Record<string, string>, access: RouteAccess): Promise<CheckedAccess> {
  if ('project' in access) return { project: await projectAccess(user, params.projectId ?? '', access.project) };
  return { document: await documentAccess(user, params.documentId ?? '', access.document) };
}

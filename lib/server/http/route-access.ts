import type { Action } from '@/lib/permissions';
import { documentAccess, projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';

// The access check a route declares in apiHandler (`access: { project: 'document:create' }`). It runs after the
// caller is resolved and before the handler, so a request to someone else's project is answered 404 without
// reading its body (issue 9: a 150 MB upload was read whole before the 404). The use case still checks
// access itself; this check only comes first.

export type RouteAccess = { project: Action } | { document: Action };

export async function checkRouteAccess(user: SessionUser, params: Record<string, string>, access: RouteAccess): Promise<void> {
  if ('project' in access) await projectAccess(user, params.projectId ?? '', access.project);
  else await documentAccess(user, params.documentId ?? '', access.document);
}

import { apiHandler } from '@/lib/server/http/api-handler';
import { listMyInvites } from '@/lib/server/projects/my-invites';

// GET /api/v1/invites → {invites: [{id, projectId, projectName, role, createdAt}]}: invitations addressed to the
// caller's email, waiting for them to accept (decision 025).
export const GET = apiHandler(async ({ user }) => ({ invites: await listMyInvites(user) }));

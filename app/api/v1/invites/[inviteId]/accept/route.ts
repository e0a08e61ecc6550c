import { apiHandler } from '@/lib/server/http/api-handler';
import { acceptInvite } from '@/lib/server/projects/my-invites';

// POST /api/v1/invites/{id}/accept → {projectId, message}: the caller joins the project with the invited role
// (404 for an invitation to anyone else's email, or one already answered or cancelled).
export const POST = apiHandler<{ inviteId: string }>(async ({ user, params }) => acceptInvite(user, { inviteId: params.inviteId }));

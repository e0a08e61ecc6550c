import { apiHandler } from '@/lib/server/http/api-handler';
import { declineInvite } from '@/lib/server/projects/my-invites';

// DELETE /api/v1/invites/{id} → {message}: declines one of the caller's invitations (404 for anyone else's).
export const DELETE = apiHandler<{ inviteId: string }>(async ({ user, params }) => declineInvite(user, { inviteId: params.inviteId }));

import { apiHandler } from '@/lib/server/http/api-handler';
import { listMembers } from '@/lib/server/projects/manage-projects';

// GET /api/v1/projects/{id}/members (any member) → {members: [{id, name, email, role}]}: who can be @mentioned.
// Deactivated accounts are left out, as comment mentions leave them out.
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => {
  const members = await listMembers(user, { projectId: params.projectId });
  return {
    members: members.filter((m) => m.user.active).map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role })),
  };
});

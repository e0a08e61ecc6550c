import { apiHandler } from '@/lib/server/http/api-handler';
import { listMyProjects } from '@/lib/server/projects/manage-projects';

// GET /api/v1/projects: the caller's projects.
export const GET = apiHandler(async ({ user }) => ({ projects: await listMyProjects(user) }));

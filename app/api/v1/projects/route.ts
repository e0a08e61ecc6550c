import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { createProject, createProjectSchema, listMyProjects } from '@/lib/server/projects/manage-projects';

// GET /api/v1/projects: the caller's projects.
export const GET = apiHandler(async ({ user }) => ({ projects: await listMyProjects(user) }));

// POST /api/v1/projects {name, sourceLang, targetLang} → {id}; the caller becomes the project's admin.
export const POST = apiHandler(async ({ req, user }) => {
  const input = await readJson(req, createProjectSchema);
  return Response.json(await createProject(user, input), { status: 201 });
});

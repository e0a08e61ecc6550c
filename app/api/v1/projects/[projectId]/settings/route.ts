import { apiHandler, readJson } from '@/lib/server/http/api-handler';
import { getProjectSettings } from '@/lib/server/projects/get-project-settings';
import { updateProjectSettingsSchema } from '@/lib/server/projects/project-settings-schema';
import { updateProjectSettings } from '@/lib/server/projects/update-project-settings';

// GET /api/v1/projects/{id}/settings (any member) → {id, name, sourceLang, targetLang, fourEyes, reviewersMayEdit, abbreviations, qaChecks}
export const GET = apiHandler<{ projectId: string }>(async ({ user, params }) => getProjectSettings(user, { projectId: params.projectId }));

// PATCH (project admins) {name?, fourEyes?, reviewersMayEdit?, abbreviations?, qaChecks?} → the settings and `changed`
export const PATCH = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const body = await readJson(req, updateProjectSettingsSchema);
    return updateProjectSettings(user, { projectId: params.projectId, ...body });
  },
  { access: { project: 'project:manage' } },
);

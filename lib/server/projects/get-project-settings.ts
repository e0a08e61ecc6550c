import 'server-only';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { enabledChecks } from '@/lib/server/qa/qa-options';
import type { ProjectSettings } from './project-settings-schema';

/** Every member may read the settings (they decide what the member may do); only admins change them. */
export async function getProjectSettings(actor: SessionUser, input: { projectId: string }): Promise<ProjectSettings> {
  const { project } = await projectAccess(actor, input.projectId, 'project:read');
  return { ...project, abbreviations: [...project.abbreviations], qaChecks: enabledChecks(project.qaChecks) };
}

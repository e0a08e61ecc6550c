import 'server-only';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { enabledChecks } from '@/lib/server/qa/qa-options';
import { lockProject } from './lock-project';
import { updateProjectSettingsSchema, type ProjectSettings, type UpdateProjectSettingsInput } from './project-settings-schema';

// Project admins rename the project and set its review and segmentation rules. Only the settings that change
// go into the audit event (before and after); saving without a change writes nothing. New abbreviations apply
// to documents imported from now on; existing documents keep their segmentation. QA checks apply at once to
// every document: the editor, the API, the counts and the exports read them each time (decision 041).

const CHANGEABLE = ['name', 'fourEyes', 'reviewersMayEdit', 'abbreviations', 'qaChecks'] as const;
type Changeable = (typeof CHANGEABLE)[number];
type SettingsChange = Partial<Pick<ProjectSettings, Changeable>>;
const settingsSelect = {
  id: true,
  name: true,
  sourceLang: true,
  targetLang: true,
  fourEyes: true,
  reviewersMayEdit: true,
  abbreviations: true,
  qaChecks: true,
} as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function updateProjectSettings(
  actor: SessionUser,
  input: { projectId: string } & UpdateProjectSettingsInput,
): Promise<ProjectSettings & { changed: Changeable[] }> {
  const { projectId, ...changes } = input;
  await projectAccess(actor, projectId, 'project:manage');
  const data = updateProjectSettingsSchema.parse(changes);
  return db.$transaction(async (tx) => {
    await lockProject(tx, projectId);
    const stored = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: settingsSelect });
    const current = { ...stored, qaChecks: enabledChecks(stored.qaChecks) };
    const changed = CHANGEABLE.filter((key) => data[key] !== undefined && !same(data[key], current[key]));
    if (changed.length === 0) return { ...current, changed };
    const before = Object.fromEntries(changed.map((key) => [key, current[key]])) as SettingsChange;
    const after = Object.fromEntries(changed.map((key) => [key, data[key]])) as SettingsChange;
    const updated = await tx.project.update({ where: { id: projectId }, data: after, select: settingsSelect });
    await audit(tx, { actorId: actor.id, action: 'project.settings', projectId, target: projectId, before, after });
    return { ...updated, qaChecks: enabledChecks(updated.qaChecks), changed };
  });
}

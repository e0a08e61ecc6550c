'use server';

import { revalidatePath } from 'next/cache';
import { deleteDocument } from '@/lib/server/documents/delete-document';
import { runAction } from '@/lib/server/http/run-action';
import type { UpdateProjectSettingsInput } from '@/lib/server/projects/project-settings-schema';
import { updateProjectSettings } from '@/lib/server/projects/update-project-settings';

export async function updateSettingsAction(projectId: string, input: UpdateProjectSettingsInput) {
  const result = await runAction((user) => updateProjectSettings(user, { ...input, projectId }), [projectId, input]);
  if (result.ok) revalidatePath(`/projects/${projectId}`, 'layout');
  return result;
}

export async function deleteDocumentAction(projectId: string, documentId: string) {
  const result = await runAction((user) => deleteDocument(user, { documentId }), [projectId, documentId]);
  if (result.ok) revalidatePath(`/projects/${projectId}`, 'layout');
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { addGlossaryEntry } from '@/lib/server/glossary/add-glossary-entry';
import { deleteGlossaryEntry } from '@/lib/server/glossary/delete-glossary-entry';
import type { GlossaryEntryInput } from '@/lib/server/glossary/glossary-schema';
import { updateGlossaryEntry } from '@/lib/server/glossary/update-glossary-entry';
import { runAction } from '@/lib/server/http/run-action';

const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, 'layout');

export async function addGlossaryEntryAction(projectId: string, input: GlossaryEntryInput) {
  const result = await runAction((user) => addGlossaryEntry(user, { ...input, projectId }), [projectId, input]);
  if (result.ok) refresh(projectId);
  return result;
}

export async function updateGlossaryEntryAction(projectId: string, entryId: string, input: GlossaryEntryInput) {
  const result = await runAction((user) => updateGlossaryEntry(user, { ...input, projectId, entryId }), [projectId, entryId, input]);
  if (result.ok) refresh(projectId);
  return result;
}

export async function deleteGlossaryEntryAction(projectId: string, entryId: string) {
  const result = await runAction((user) => deleteGlossaryEntry(user, { projectId, entryId }), [projectId, entryId]);
  if (result.ok) refresh(projectId);
  return result;
}

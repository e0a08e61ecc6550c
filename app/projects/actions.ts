'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/http/run-action';
import { createProject } from '@/lib/server/projects/manage-projects';

export async function createProjectAction(input: { name: string; sourceLang: string; targetLang: string }) {
  const result = await runAction((user) => createProject(user, input), [input]);
  if (result.ok) revalidatePath('/projects');
  return result;
}

'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/http/run-action';
import { createProject } from '@/lib/server/projects/manage-projects';
import { acceptInvite, declineInvite } from '@/lib/server/projects/my-invites';

export async function createProjectAction(input: { name: string; sourceLang: string; targetLang: string }) {
  const result = await runAction((user) => createProject(user, input), [input]);
  if (result.ok) revalidatePath('/projects');
  return result;
}

export async function acceptInviteAction(inviteId: string) {
  const result = await runAction((user) => acceptInvite(user, { inviteId }), [inviteId]);
  if (result.ok) revalidatePath('/projects');
  return result;
}

export async function declineInviteAction(inviteId: string) {
  const result = await runAction((user) => declineInvite(user, { inviteId }), [inviteId]);
  if (result.ok) revalidatePath('/projects');
  return result;
}

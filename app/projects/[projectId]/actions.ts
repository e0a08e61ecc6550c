'use server';

import { revalidatePath } from 'next/cache';
import { createDocument } from '@/lib/server/documents/create-document';
import { runAction } from '@/lib/server/http/run-action';
import { cancelInvite, setMember } from '@/lib/server/projects/manage-projects';

export async function createDocumentAction(input: {
  projectId: string;
  title: string;
  sourceText: string;
  targetText: string;
  keepBoilerplate?: boolean;
}) {
  const result = await runAction((user) => createDocument(user, input), [input]);
  if (result.ok) revalidatePath(`/projects/${input.projectId}`);
  return result;
}

export async function setMemberAction(projectId: string, input: { email: string; role: string }) {
  const result = await runAction((user) => setMember(user, projectId, input), [projectId, input]);
  if (result.ok) revalidatePath(`/projects/${projectId}`);
  return result;
}

export async function cancelInviteAction(projectId: string, inviteId: string) {
  const result = await runAction((user) => cancelInvite(user, { projectId, inviteId }), [projectId, inviteId]);
  if (result.ok) revalidatePath(`/projects/${projectId}`);
  return result;
}

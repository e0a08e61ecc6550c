'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/http/run-action';
import { acceptRendering, rejectProposal } from '@/lib/server/memory/terminology-decisions';

const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, 'layout');

export async function acceptRenderingAction(projectId: string, source: string, target: string) {
  const result = await runAction((user) => acceptRendering(user, { projectId, source, target }), [projectId, source, target]);
  if (result.ok) refresh(projectId);
  return result;
}

export async function rejectProposalAction(projectId: string, source: string) {
  const result = await runAction((user) => rejectProposal(user, { projectId, source }), [projectId, source]);
  if (result.ok) refresh(projectId);
  return result;
}

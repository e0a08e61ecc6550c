'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { runAction } from '@/lib/server/http/run-action';
import { approveAll } from '@/lib/server/review/approve-all';
import { reopenDocument } from '@/lib/server/review/reopen-document';
import { approveAllSchema, reopenSchema, signOffSchema } from '@/lib/server/review/review-schemas';
import { signOffDocument } from '@/lib/server/review/sign-off-document';

// The review page's and the history page's buttons: thin adapters over the same use cases as the REST API.

const documentId = z.string().min(1).max(64);

export async function approveAllAction(id: string, input: z.input<typeof approveAllSchema>) {
  const result = await runAction(
    async (user) => {
      const state = await approveAll(user, { documentId: documentId.parse(id), ...approveAllSchema.parse(input) });
      return { approved: state.approved, version: state.version };
    },
    [id, input],
  );
  if (result.ok) revalidatePath('/review');
  return result;
}

export async function signOffAction(id: string, input: z.input<typeof signOffSchema>) {
  const result = await runAction(
    (user) => signOffDocument(user, { documentId: documentId.parse(id), ...signOffSchema.parse(input) }),
    [id, input],
  );
  if (result.ok) revalidatePath('/review');
  return result;
}

export async function reopenAction(id: string, input: z.input<typeof reopenSchema>) {
  const result = await runAction(
    (user) => reopenDocument(user, { documentId: documentId.parse(id), ...reopenSchema.parse(input) }),
    [id, input],
  );
  if (result.ok) revalidatePath('/review');
  return result;
}

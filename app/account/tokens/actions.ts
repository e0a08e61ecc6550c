'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createApiToken, createTokenSchema, revokeApiToken } from '@/lib/server/auth/api-tokens';
import { signOutEverywhere } from '@/lib/server/auth/end-sessions';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { notFound } from '@/lib/server/errors';
import { runAction } from '@/lib/server/http/run-action';

const createSchema = createTokenSchema.extend({ password: z.string().min(1, 'Enter your password.').max(200) });

// Creating a token asks for the password again, as POST /api/v1/tokens does (and counts towards the same
// lockout): a session left open on a shared machine cannot mint a token that outlives it.
export async function createTokenAction(input: z.input<typeof createSchema>) {
  const result = await runAction(
    async (user) => {
      const data = createSchema.parse(input);
      await verifyCredentials(user.email, data.password);
      const created = await createApiToken(user.id, { name: data.name, expiresInDays: data.expiresInDays });
      return { token: created.token, name: created.name };
    },
    [input],
  );
  if (result.ok) revalidatePath('/account/tokens');
  return result;
}

export async function revokeTokenAction(tokenId: string) {
  const result = await runAction(
    async (user) => {
      if (!(await revokeApiToken(user.id, z.string().max(100).parse(tokenId)))) throw notFound('That token');
      return null;
    },
    [tokenId],
  );
  if (result.ok) revalidatePath('/account/tokens');
  return result;
}

/** Ends every browser session of the caller; the button then signs this browser out as usual. */
export async function signOutEverywhereAction() {
  return runAction((user) => signOutEverywhere(user.id), []);
}

import { z } from 'zod';
import { createApiToken, createTokenSchema, listApiTokens } from '@/lib/server/auth/api-tokens';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { apiHandler, publicApiHandler, readJson } from '@/lib/server/http/api-handler';

const schema = createTokenSchema.extend({ email: z.string().min(1).max(320), password: z.string().min(1).max(200) });

// POST /api/v1/tokens {email, password, name?, expiresInDays?} → {id, token, name, expiresAt}: the same
// credential checks (and lockout) as the sign-in page. The token is shown only in this answer.
export const POST = publicApiHandler(async ({ req }) => {
  const input = await readJson(req, schema);
  const user = await verifyCredentials(input.email, input.password);
  const created = await createApiToken(user.id, { name: input.name, expiresInDays: input.expiresInDays });
  return Response.json(created, { status: 201 });
});

// GET /api/v1/tokens → {tokens: [{id, name, prefix, createdAt, lastUsedAt, expiresAt}]}: the caller's tokens.
export const GET = apiHandler(async ({ user }) => ({ tokens: await listApiTokens(user.id) }));

import { revokeApiToken } from '@/lib/server/auth/api-tokens';
import { apiHandler } from '@/lib/server/http/api-handler';
import { notFound } from '@/lib/server/errors';

// DELETE /api/v1/tokens/{id}: revokes one of the caller's tokens.
export const DELETE = apiHandler<{ tokenId: string }>(async ({ user, params }) => {
  if (!(await revokeApiToken(user.id, params.tokenId))) throw notFound('That token');
  return { revoked: true };
});

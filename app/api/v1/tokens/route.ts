import { z } from 'zod';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

const schema = z.object({ email: z.string().min(1), password: z.string().min(1), name: z.string().max(100).optional() });

// POST /api/v1/tokens {email, password} → {token}: the same credential checks (and lockout) as the sign-in page.
export const POST = apiHandler(
  async ({ req }) => {
    const input = await readJson(req, schema);
    const user = await verifyCredentials(input.email, input.password);
    const { id, token } = await createApiToken(user.id, input.name);
    return Response.json({ id, token }, { status: 201 });
  },
  { public: true },
);

import { errorResponse } from '@/lib/server/http/api-handler';
import { checkReadiness } from '@/lib/server/health/check-readiness';

// GET /api/ready: readiness. 200 {ready: true} when the database answers and all migrations are applied;
// otherwise 503 with {ready: false, error: {code: DATABASE_UNAVAILABLE | MIGRATIONS_PENDING, message, pending?}}.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const readiness = await checkReadiness();
    return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}

// GET /api/health: liveness. 200 whenever this process serves requests; never touches the database, so a
// database outage does not get healthy app instances restarted (readiness is GET /api/ready).
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}

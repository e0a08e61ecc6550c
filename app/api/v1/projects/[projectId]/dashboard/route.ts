import { z } from 'zod';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';
import { DASHBOARD_MAX_DAYS, projectDashboard } from '@/lib/server/review/project-dashboard';

const querySchema = z.object({ days: z.coerce.number().int().min(1).max(DASHBOARD_MAX_DAYS).default(14) });

// GET /api/v1/projects/{id}/dashboard[?days=14] → documents by status, beads by outcome, throughput per day.
export const GET = apiHandler<{ projectId: string }>(async ({ req, user, params }) => {
  const { days } = readQuery(req, querySchema);
  return projectDashboard(user, { projectId: params.projectId, days });
});

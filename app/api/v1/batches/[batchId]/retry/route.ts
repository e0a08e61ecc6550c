import { apiHandler } from '@/lib/server/http/api-handler';
import { retryFailedItems } from '@/lib/server/import/retry-failed-items';

// POST /api/v1/batches/{id}/retry: re-queues the batch's retryable failed items and its items whose job was lost → 202 {retried}.
export const POST = apiHandler<{ batchId: string }>(async ({ user, params }) =>
  Response.json(await retryFailedItems(user, { batchId: params.batchId }), { status: 202 }),
);

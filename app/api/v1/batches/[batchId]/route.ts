import { apiHandler } from '@/lib/server/http/api-handler';
import { getBatch } from '@/lib/server/import/batch-import';

// GET /api/v1/batches/{id}: progress of a batch import (total, done, failed, pending, items with errors).
export const GET = apiHandler<{ batchId: string }>(async ({ user, params }) => getBatch(user, { batchId: params.batchId }));

import { apiHandler } from '@/lib/server/http/api-handler';
import { listReviewQueue } from '@/lib/server/review/list-review-queue';

// GET /api/v1/queue/review → {documents}: waiting for review in my projects, oldest first, with pending counts.
export const GET = apiHandler(async ({ user }) => ({ documents: await listReviewQueue(user) }));

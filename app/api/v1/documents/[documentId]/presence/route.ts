import { heartbeat } from '@/lib/server/documents/presence';
import { apiHandler } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/presence: "I have this document open"; answers who else has, and the version.
export const POST = apiHandler<{ documentId: string }>(async ({ user, params }) => heartbeat(user, { documentId: params.documentId }));

import { heartbeat, heartbeatSchema } from '@/lib/server/documents/presence';
import { apiHandler, readJson } from '@/lib/server/http/api-handler';

// POST /api/v1/documents/{id}/presence [{beadId}]: "I have this document open (on this bead)"; answers who else
// has it open, on which bead, and the version. The body is optional (a bare POST is a plain heartbeat).
export const POST = apiHandler<{ documentId: string }>(
  async ({ req, user, params, access }) =>
    heartbeat(user, { documentId: params.documentId, ...(await readJson(req, heartbeatSchema, { whenEmpty: {} })) }, access.document),
  { access: { document: 'document:read' } },
);

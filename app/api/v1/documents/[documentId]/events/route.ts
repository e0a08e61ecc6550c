import { z } from 'zod';
import { AppError } from '@/lib/server/errors';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';
import { documentEvents } from '@/lib/server/live/document-events';

// GET /api/v1/documents/{id}/events[?since=<version>]: Server-Sent Events with each new version's delta and who
// is on which bead (decision 042). The browser's EventSource sends Last-Event-ID on reconnect; it wins over since.
export const dynamic = 'force-dynamic';

const version = z.coerce.number().int().min(1).max(2_147_483_647);
const querySchema = z.object({ since: version.optional() });

export const GET = apiHandler<{ documentId: string }>(
  async ({ req, user, access }) => {
    const { since } = readQuery(req, querySchema);
    const lastEventId = req.headers.get('last-event-id');
    const resumed = lastEventId === null ? undefined : version.safeParse(lastEventId);
    if (resumed && !resumed.success) throw new AppError('INVALID_INPUT', 'Last-Event-ID must be a document version.');
    const ctx = access.document;
    if (!ctx) throw new AppError('NOT_FOUND', 'That document was not found.');
    const from = resumed?.data ?? since;
    if (from !== undefined && from > ctx.document.version) throw new AppError('INVALID_INPUT', 'That version is newer than the document.');
    return documentEvents(user, ctx, from, req.signal);
  },
  { access: { document: 'document:read' } },
);

import { documentHistory, historyToCsv } from '@/lib/server/documents/document-history';
import { z } from 'zod';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

const id = z.string().min(1).max(64);
const querySchema = z.object({
  about: id.optional(),
  segmentId: id.optional(),
  beadId: id.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

// GET /api/v1/documents/{id}/history[?about=<segment or bead id>][&format=json|csv]
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const query = readQuery(req, querySchema);
  const about = query.about ?? query.segmentId ?? query.beadId;
  const events = await documentHistory(user, params.documentId, { about });
  if (query.format === 'csv') {
    return new Response(historyToCsv(events), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="history-${params.documentId}.csv"`,
      },
    });
  }
  return { events };
});

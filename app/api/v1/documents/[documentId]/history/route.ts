import { documentHistory, historyToCsv } from '@/lib/server/documents/document-history';
import { apiHandler } from '@/lib/server/http/api-handler';

// GET /api/v1/documents/{id}/history[?about=<segment or bead id>][&format=csv]
export const GET = apiHandler<{ documentId: string }>(async ({ req, user, params }) => {
  const about = req.nextUrl.searchParams.get('about') ?? req.nextUrl.searchParams.get('segmentId') ?? req.nextUrl.searchParams.get('beadId') ?? undefined;
  const events = await documentHistory(user, params.documentId, { about });
  if (req.nextUrl.searchParams.get('format') === 'csv') {
    return new Response(historyToCsv(events), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="history-${params.documentId}.csv"` },
    });
  }
  return { events };
});

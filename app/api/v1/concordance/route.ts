import { concordanceQuerySchema, searchConcordance } from '@/lib/server/concordance/search-concordance';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readQuery } from '@/lib/server/http/read-query';

// GET /api/v1/concordance?q=…[&project=ID&status=approved|all&side=both|source|target&label=…&reviewer=USER_ID
//   &from=YYYY-MM-DD&to=YYYY-MM-DD&limit=1..100&offset=N] → {results: [{beadId, documentId, projectId, source,
//   target, status, labels, date, matches}], total, more}: approved beads of my projects containing q.
export const GET = apiHandler(async ({ req, user }) => searchConcordance(user, readQuery(req, concordanceQuerySchema)));

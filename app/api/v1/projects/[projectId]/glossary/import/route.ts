import { decodeTextBytes } from '@/lib/import/read-article-file';
import { z } from 'zod';
import { importGlossary } from '@/lib/server/glossary/import-glossary';
import { apiHandler } from '@/lib/server/http/api-handler';
import { readBodyBytes } from '@/lib/server/http/read-body-bytes';
import { readQuery } from '@/lib/server/http/read-query';

// Two million characters of Hangul in UTF-8; the parser bounds the characters, lines and pairs.
const MAX_BYTES = 6 * 1024 * 1024;
const querySchema = z.object({ format: z.enum(['tsv', 'csv']).optional(), name: z.string().max(255).optional() });

// POST /api/v1/projects/{id}/glossary/import?format=tsv|csv&name=terms.tsv with the file as the body (UTF-8 or
// UTF-16 with a BOM) (editors, admins) → 201 {added, duplicates, rejected: [{line, text, reason}], rejectedCount, total}
export const POST = apiHandler<{ projectId: string }>(
  async ({ req, user, params }) => {
    const query = readQuery(req, querySchema);
    const text = decodeTextBytes(await readBodyBytes(req, MAX_BYTES), MAX_BYTES);
    const result = await importGlossary(user, { projectId: params.projectId, text, format: query.format, fileName: query.name });
    return Response.json(result, { status: 201 });
  },
  { access: { project: 'project:glossary' } },
);

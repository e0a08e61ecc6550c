import { z } from 'zod';
import { documentViewSchema } from '@/lib/alignment/document-view-schema';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { getFullDocumentJson } from '@/lib/server/documents/get-document-answer';
import { splicedJsonText } from '@/lib/server/http/spliced-json';

// Tests, fixtures and benches read a document the one way the server builds it: the full answer of
// GET /api/v1/documents/{id} (get-document-answer.ts, kept per version, decision 051), parsed with the schema the
// editor parses with. The beads' QA findings are dropped (tests of QA read the route); the metadata the full answer
// adds to the view is kept as it arrives over the wire (dates as ISO text).

const documentAnswerSchema = documentViewSchema.extend({
  kind: z.string(),
  sourceUrl: z.string().nullable(),
  targetUrl: z.string().nullable(),
  updatedAt: z.string(),
  signedOffAt: z.string().nullable(),
});

export type DocumentAnswer = z.infer<typeof documentAnswerSchema>;

/** The document as `actor` would GET it; fails with the same typed errors (NOT_FOUND, ...) as the route. */
export async function getDocument(actor: SessionUser, { documentId }: { documentId: string }): Promise<DocumentAnswer> {
  const { head, tail } = await getFullDocumentJson(actor, { documentId });
  return documentAnswerSchema.parse(JSON.parse(splicedJsonText(head, tail)));
}

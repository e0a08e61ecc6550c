import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { visibleDocumentSql } from '@/lib/server/documents/visible-documents';

// The project's translation memory: its approved beads in documents a reader can see, less those labelled
// `exclude-from-tm`. The dashboard's memory figures and the terminology analysis read exactly these. Conditions
// that look alike but differ on purpose stay where they are:
// - the terminology cache's fingerprint (term-analysis-cache.ts) covers every approved bead, excluded or not, so
//   that labelling one (which touches its `updatedAt`) changes the fingerprint;
// - TMX/XLIFF export (export-documents.ts) takes its status and excluded labels from the request (by default also
//   leaving out `rewrite`), and the concordance filters by a status and a label the user picks;
// - the project lexicon (project-lexicon.ts) learns alignments from every approved bead: `exclude-from-tm` keeps a
//   pair out of the memory, it does not make its alignment wrong.

/** The memory condition for `"Bead" b JOIN "Document" d ON d."id" = b."documentId"` (the aliases are fixed). */
export function memoryBeadsSql(projectId: string): Prisma.Sql {
  return Prisma.sql`d."projectId" = ${projectId} AND ${visibleDocumentSql('d')} AND b."status" = 'approved' AND NOT ('exclude-from-tm' = ANY(b."labels"))`;
}

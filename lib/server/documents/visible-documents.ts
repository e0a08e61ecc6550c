import 'server-only';
import { Prisma, type DocumentStatus } from '@/lib/generated/prisma/client';

// A TMX import writes its rows through several connections, each chunk in its own short transaction, into a
// document whose status is `importing`; one last transaction flips it to `approved` (decision 053). Until then
// no reader may see the document, its segments or its beads: every query that reaches documents of a project,
// or a document by id, goes through one of these. A document is visible when its status is not `importing`.

/** The one status no reader sees. */
const IMPORTING: DocumentStatus = 'importing';

/** The statuses a reader can meet. */
type VisibleDocumentStatus = Exclude<DocumentStatus, 'importing'>;

/** Prisma `where` for visible documents: `{ ...visibleDocument, projectId }`, or `document: visibleDocument`. */
export const visibleDocument = { status: { not: IMPORTING } } satisfies Prisma.DocumentWhereInput;

/** The same condition in raw SQL, for the document table under `alias` (`d` in `JOIN "Document" d`). */
export function visibleDocumentSql(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`visibleDocumentSql: bad alias ${alias}`);
  return Prisma.sql`${Prisma.raw(`"${alias}"."status"`)} <> 'importing'`;
}

/** Narrows a status read through one of the conditions above (an importing one cannot reach here). */
export function visibleStatus(status: DocumentStatus): VisibleDocumentStatus {
  if (status === 'importing') throw new Error('an importing document reached a reader');
  return status;
}

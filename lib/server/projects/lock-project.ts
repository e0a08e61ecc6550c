import 'server-only';
import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

// Project-wide changes (settings, glossary) read their "before" under a row lock, so two admins saving at once
// produce two honest audit events and glossary de-duplication cannot race. NO KEY UPDATE: it does not block the
// KEY SHARE locks that inserting documents, memberships or glossary rows of the project take.
export async function lockProject(tx: Tx, projectId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Project" WHERE "id" = ${projectId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw notFound('That project');
}

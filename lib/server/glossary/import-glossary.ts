import 'server-only';
import { glossaryKey, parseGlossaryFile, type RejectedLine } from '@/lib/formats/glossary-file';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { lockProject } from '@/lib/server/projects/lock-project';
import { assertRoomFor, glossaryKeys } from './glossary-schema';

// Imports a TSV/CSV file of source/target pairs (lib/formats/glossary-file.ts) in one transaction with one
// audit event: either every new pair is added or none is. Pairs already in the glossary are skipped and counted;
// bad lines are reported with their numbers and do not stop the others.

/** Rejected lines listed in the answer; the count covers all of them. */
export const MAX_REPORTED_REJECTIONS = 100;

export interface GlossaryImportResult {
  added: number;
  /** Pairs repeated within the file or already in the glossary. */
  duplicates: number;
  rejected: RejectedLine[];
  rejectedCount: number;
  /** Entries in the glossary after the import. */
  total: number;
}

export async function importGlossary(
  actor: SessionUser,
  input: { projectId: string; text: string; format?: 'tsv' | 'csv'; fileName?: string | null },
): Promise<GlossaryImportResult> {
  await projectAccess(actor, input.projectId, 'project:glossary');
  const file = parseGlossaryFile(input.text, { format: input.format });
  return db.$transaction(async (tx) => {
    await lockProject(tx, input.projectId);
    const keys = await glossaryKeys(tx, input.projectId);
    const fresh = file.pairs.filter((p) => !keys.has(glossaryKey(p.source, p.target)));
    const duplicates = file.duplicates + file.pairs.length - fresh.length;
    const report = { duplicates, rejected: file.rejected.slice(0, MAX_REPORTED_REJECTIONS), rejectedCount: file.rejected.length };
    if (fresh.length === 0) return { added: 0, ...report, total: keys.size };
    assertRoomFor(keys.size, fresh.length);
    const entries = fresh.map((p) => ({ source: p.source, target: p.target }));
    await tx.glossaryEntry.createMany({ data: entries.map((e) => ({ projectId: input.projectId, ...e })) });
    await audit(tx, {
      actorId: actor.id,
      action: 'glossary.import',
      projectId: input.projectId,
      target: input.projectId,
      after: {
        fileName: input.fileName ?? null,
        format: file.format,
        added: fresh.length,
        duplicates,
        rejected: file.rejected.length,
        entries,
      },
    });
    return { added: fresh.length, ...report, total: keys.size + fresh.length };
  });
}

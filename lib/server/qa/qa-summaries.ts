import 'server-only';
import { z } from 'zod';
import { db, type Tx } from '@/lib/server/db';
import { loadAlignmentAt } from '@/lib/server/documents/load-alignment';
import { countOpen, documentDismissals, flagsOf } from './document-qa-flags';
import { projectQaOptions, type ProjectQaOptions } from './qa-options';

// Open QA flags per document for the review queue and the dashboard (decision 041). Checking a document reads
// and checks every bead, so the counts are kept on the document with the key they were computed for (version,
// checks, glossary); a dismissal forgets them. A list reads the kept counts and checks only documents whose key
// no longer matches; with nothing changed, a list costs one glossary read per project.

export interface QaCounts {
  /** Open (undismissed) flags. */
  flags: number;
  /** Beads with at least one open flag. */
  beads: number;
}

const summarySchema = z.object({ key: z.string(), flags: z.number().int().min(0), beads: z.number().int().min(0) });

export interface SummaryDocument {
  id: string;
  version: number;
  qaSummary: unknown;
  project: { id: string; sourceLang: string; targetLang: string; qaChecks: string[] };
}

/** What a list selects to call `qaCountsOf`. */
export const summarySelect = {
  id: true,
  version: true,
  qaSummary: true,
  project: { select: { id: true, sourceLang: true, targetLang: true, qaChecks: true } },
} as const;

export async function forgetQaSummary(tx: Tx, documentId: string): Promise<void> {
  // Raw: the counts are a cache, not a change to the document (updatedAt stays). A fresh mark rather than NULL:
  // a list that read the document before this (even with no counts kept yet) then finds the column changed, and
  // its guarded write keeps nothing computed from the dismissals it read before.
  await tx.$executeRaw`UPDATE "Document" SET "qaSummary" = jsonb_build_object('forgotten', gen_random_uuid()) WHERE "id" = ${documentId}`;
}

export async function qaCountsOf(documents: readonly SummaryDocument[]): Promise<Map<string, QaCounts>> {
  const options = new Map<string, Promise<ProjectQaOptions>>();
  const optionsOf = (project: SummaryDocument['project']) => {
    if (!options.has(project.id)) options.set(project.id, projectQaOptions(project));
    return options.get(project.id)!;
  };
  const out = new Map<string, QaCounts>();
  // One document at a time: a stale list of many documents must not hold them all in memory at once.
  for (const doc of documents) {
    const projectOptions = await optionsOf(doc.project);
    const key = `${doc.version}:${projectOptions.key}`;
    const kept = summarySchema.safeParse(doc.qaSummary);
    if (kept.success && kept.data.key === key) {
      out.set(doc.id, { flags: kept.data.flags, beads: kept.data.beads });
      continue;
    }
    const [alignment, dismissals] = await Promise.all([loadAlignmentAt(doc.id, doc.version, db), documentDismissals(doc.id)]);
    const counts = countOpen(flagsOf(alignment, projectOptions, dismissals));
    out.set(doc.id, counts);
    // Kept only if the document is still at that version and no dismissal came in between (it would have
    // cleared the column); a race just leaves the next reader to count again.
    await db.$executeRaw`UPDATE "Document" SET "qaSummary" = ${JSON.stringify({ key, ...counts })}::jsonb
      WHERE "id" = ${doc.id} AND "version" = ${doc.version} AND "qaSummary" IS NOT DISTINCT FROM ${doc.qaSummary === null ? null : JSON.stringify(doc.qaSummary)}::jsonb`;
  }
  return out;
}

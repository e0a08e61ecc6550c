import 'server-only';
import { z } from 'zod';
import { pairPlausibility, type PairWarning } from '@/lib/import/pair-plausibility';
import { db } from '@/lib/server/db';

// The warnings shown above the editor when the two texts may not be translations of each other (decision 018).
// They are computed at import and kept with the document (decision 029): recomputing them from every segment on
// each open cost 0.25–0.75 s on a 2,000-bead document. Documents imported before that get theirs computed once,
// on their first open, and kept. Translation memories (TMX) are pairs already: no warnings.

const storedSchema = z.array(
  z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
);

interface Opened {
  id: string;
  kind: string;
  source: readonly { text: string }[];
  target: readonly { text: string }[];
  project: { sourceLang: string; targetLang: string };
}

export async function documentPairWarnings(document: Opened): Promise<PairWarning[]> {
  if (document.kind !== 'article') return [];
  const row = await db.document.findUnique({ where: { id: document.id }, select: { pairWarnings: true } });
  const stored = storedSchema.safeParse(row?.pairWarnings);
  if (stored.success) return stored.data as PairWarning[];
  const warnings = pairPlausibility({
    source: document.source.map((s) => s.text),
    target: document.target.map((s) => s.text),
    sourceLang: document.project.sourceLang,
    targetLang: document.project.targetLang,
  });
  // Raw: a derived value, so the document's updatedAt (shown as its last change) stays as it was.
  await db.$executeRaw`UPDATE "Document" SET "pairWarnings" = ${JSON.stringify(warnings)}::jsonb WHERE "id" = ${document.id} AND "pairWarnings" IS NULL`;
  return warnings;
}

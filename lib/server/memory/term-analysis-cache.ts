import 'server-only';
import { visibleDocumentSql } from '@/lib/server/documents/visible-documents';
import { Prisma } from '@/lib/generated/prisma/client';
import { MAX_BEADS, type TermRenderings } from '@/lib/memory/term-renderings';
import { runEngine } from '@/lib/server/align/run-engine';
import { db } from '@/lib/server/db';
import { memoryBeadsSql } from './memory-beads';

// The terminology page's analysis (decision 049): the engine's term renderings over the newest approved beads
// take seconds of CPU on a large memory, and nothing in them changes until the memory does. They are kept per
// project under a fingerprint of the memory: how many beads are approved and when an approved bead last changed.
// Approving, un-approving, deleting a document and labelling (exclude-from-tm) change it; an approved bead's text
// cannot change without the bead leaving `approved` (editing reopens it, lib/review/bead-transition.ts), so edits
// elsewhere in the project keep the analysis. The glossary and rejected proposals are not part of it: they only
// filter the analysis, which the caller does on every load.

/** Projects whose analysis is kept; the least recently used goes first. */
export const CACHED_PROJECTS = 16;

export interface TermAnalysis {
  beads: { id: string; documentId: string }[];
  /** The project has more approved beads than were read. */
  truncated: boolean;
  renderings: TermRenderings[];
}

interface BeadText {
  id: string;
  documentId: string;
  source: string;
  target: string;
}

interface Kept {
  entries: Map<string, { fingerprint: string; analysis: Promise<TermAnalysis> }>;
  computed: number;
}

// On globalThis, like the engine pool: one per server process, whatever Next's bundles and dev reloads load.
const globalForTerms = globalThis as unknown as { bitextTermAnalyses?: Kept };
const kept: Kept = (globalForTerms.bitextTermAnalyses ??= { entries: new Map(), computed: 0 });
const entries = kept.entries;

/** How many analyses have run in this process: a cache hit does not add one (tests count it). */
export function termAnalysesComputed(): number {
  return kept.computed;
}

// Wider than the memory on purpose: every approved bead, so that labelling one `exclude-from-tm` (or taking the
// label off) moves `changed` even when the count stays.
async function memoryFingerprint(projectId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ beads: bigint; changed: Date | null }[]>(Prisma.sql`
    SELECT count(*) AS "beads", max(b."updatedAt") AS "changed"
    FROM "Bead" b JOIN "Document" d ON d."id" = b."documentId"
    WHERE d."projectId" = ${projectId} AND ${visibleDocumentSql('d')} AND b."status" = 'approved'`);
  return `${row.beads}|${row.changed?.toISOString() ?? ''}`;
}

/** Approved beads that may go into the memory, with their joined texts, newest documents first. */
async function approvedBeadTexts(projectId: string): Promise<BeadText[]> {
  return db.$queryRaw<BeadText[]>(Prisma.sql`
    SELECT b."id", b."documentId",
      coalesce((SELECT string_agg(s."text", ' ' ORDER BY s."position") FROM "Segment" s WHERE s."id" = ANY(b."sourceIds")), '') AS "source",
      coalesce((SELECT string_agg(s."text", ' ' ORDER BY s."position") FROM "Segment" s WHERE s."id" = ANY(b."targetIds")), '') AS "target"
    FROM "Bead" b JOIN "Document" d ON d."id" = b."documentId"
    WHERE ${memoryBeadsSql(projectId)}
    ORDER BY d."createdAt" DESC, b."position"
    LIMIT ${MAX_BEADS + 1}`);
}

async function analyse(projectId: string): Promise<TermAnalysis> {
  kept.computed++;
  const rows = await approvedBeadTexts(projectId);
  const beads = rows.slice(0, MAX_BEADS);
  const renderings = beads.length
    ? await runEngine({ kind: 'termRenderings', beads: beads.map(({ id, source, target }) => ({ id, source, target })) })
    : [];
  return { beads: beads.map(({ id, documentId }) => ({ id, documentId })), truncated: rows.length > MAX_BEADS, renderings };
}

/** The project's term analysis, computed again only when its memory changed. The caller checks access. */
export async function projectTermAnalysis(projectId: string): Promise<TermAnalysis> {
  const fingerprint = await memoryFingerprint(projectId);
  const cached = entries.get(projectId);
  entries.delete(projectId);
  if (cached?.fingerprint === fingerprint) {
    entries.set(projectId, cached);
    return cached.analysis;
  }
  // Loads that arrive while it runs share the promise; a failure is not kept.
  const entry = { fingerprint, analysis: analyse(projectId) };
  entries.set(projectId, entry);
  for (const oldest of entries.keys()) {
    if (entries.size <= CACHED_PROJECTS) break;
    entries.delete(oldest);
  }
  entry.analysis.catch(() => {
    if (entries.get(projectId) === entry) entries.delete(projectId);
  });
  return entry.analysis;
}

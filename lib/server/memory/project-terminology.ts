import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  glossaryProposals,
  inconsistentTerms,
  MAX_BEADS,
  type GlossaryProposal,
  type InconsistentTerm,
} from '@/lib/memory/term-renderings';
import { projectAccess } from '@/lib/server/access';
import { runEngine } from '@/lib/server/align/run-engine';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { REJECT_PROPOSAL_ACTION } from './terminology-decisions';

// The project's terminology (issue 15, items 2 and 3; decision 043): which recurring Korean terms its approved
// beads render in more than one way, and which terms would make good glossary entries. Computed on demand from
// the newest MAX_BEADS approved beads, on the engine's worker threads (a few seconds of CPU on a large memory).

/** Bead references per rendering in an answer; the counts stay exact. */
export const MAX_USES = 50;

export interface BeadUse {
  beadId: string;
  documentId: string;
}

export interface TerminologyAnswer {
  /** Approved beads read, newest first; `truncated` when the memory has more. */
  beadsRead: number;
  truncated: boolean;
  terms: (Omit<InconsistentTerm, 'renderings' | 'unmatched'> & {
    renderings: { text: string; count: number; dice: number; uses: BeadUse[]; preferred: boolean }[];
    unmatched: number;
  })[];
  proposals: (Omit<GlossaryProposal, 'beadIds'> & { uses: BeadUse[] })[];
}

interface BeadText {
  id: string;
  documentId: string;
  source: string;
  target: string;
}

/** Approved beads that may go into the memory, with their joined texts, newest documents first. */
async function approvedBeadTexts(projectId: string): Promise<BeadText[]> {
  return db.$queryRaw<BeadText[]>(Prisma.sql`
    SELECT b."id", b."documentId",
      coalesce((SELECT string_agg(s."text", ' ' ORDER BY s."position") FROM "Segment" s WHERE s."id" = ANY(b."sourceIds")), '') AS "source",
      coalesce((SELECT string_agg(s."text", ' ' ORDER BY s."position") FROM "Segment" s WHERE s."id" = ANY(b."targetIds")), '') AS "target"
    FROM "Bead" b JOIN "Document" d ON d."id" = b."documentId"
    WHERE d."projectId" = ${projectId} AND b."status" = 'approved' AND NOT ('exclude-from-tm' = ANY(b."labels"))
    ORDER BY d."createdAt" DESC, b."position"
    LIMIT ${MAX_BEADS + 1}`);
}

export async function projectTerminology(actor: SessionUser, { projectId }: { projectId: string }): Promise<TerminologyAnswer> {
  await projectAccess(actor, projectId, 'project:read');
  const [rows, glossary, rejections] = await Promise.all([
    approvedBeadTexts(projectId),
    db.glossaryEntry.findMany({ where: { projectId }, select: { source: true, target: true } }),
    db.auditEvent.findMany({ where: { projectId, action: REJECT_PROPOSAL_ACTION }, select: { target: true } }),
  ]);
  const beads = rows.slice(0, MAX_BEADS);
  const documentOf = new Map(beads.map((b) => [b.id, b.documentId]));
  const uses = (ids: readonly string[]) => ids.slice(0, MAX_USES).map((beadId) => ({ beadId, documentId: documentOf.get(beadId) ?? '' }));
  const preferred = new Set(glossary.map((g) => `${g.source}\t${g.target.toLowerCase()}`));
  const all = beads.length
    ? await runEngine({ kind: 'termRenderings', beads: beads.map(({ id, source, target }) => ({ id, source, target })) })
    : [];
  return {
    beadsRead: beads.length,
    truncated: rows.length > MAX_BEADS,
    terms: inconsistentTerms(all).map((t) => ({
      term: t.term,
      beads: t.beads,
      topShare: t.topShare,
      unmatched: t.unmatched.length,
      renderings: t.renderings.map((r) => ({
        text: r.text,
        count: r.count,
        dice: r.dice,
        uses: uses(r.beadIds),
        preferred: preferred.has(`${t.term}\t${r.text.toLowerCase()}`),
      })),
    })),
    proposals: glossaryProposals(all, glossary, { rejected: rejections.flatMap((r) => (r.target ? [r.target] : [])) }).map(
      ({ beadIds, ...p }) => ({ ...p, uses: uses(beadIds) }),
    ),
  };
}

import 'server-only';
import { glossaryProposals, inconsistentTerms, type GlossaryProposal, type InconsistentTerm } from '@/lib/memory/term-renderings';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { projectTermAnalysis } from './term-analysis-cache';

// The project's terminology (issue 15, items 2 and 3; decision 043): which recurring Korean terms its approved
// beads render in more than one way, and which terms would make good glossary entries. Computed on demand from
// the newest MAX_BEADS approved beads, on the engine's worker threads (a few seconds of CPU on a large memory),
// and kept until the memory changes (term-analysis-cache.ts); the glossary and rejections filter it on each load.

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

export async function projectTerminology(actor: SessionUser, { projectId }: { projectId: string }): Promise<TerminologyAnswer> {
  await projectAccess(actor, projectId, 'project:read');
  const [analysis, glossary, rejections] = await Promise.all([
    projectTermAnalysis(projectId),
    db.glossaryEntry.findMany({ where: { projectId }, select: { source: true, target: true } }),
    db.glossaryProposalRejection.findMany({ where: { projectId }, select: { source: true } }),
  ]);
  const { beads, renderings: all } = analysis;
  const documentOf = new Map(beads.map((b) => [b.id, b.documentId]));
  const uses = (ids: readonly string[]) => ids.slice(0, MAX_USES).map((beadId) => ({ beadId, documentId: documentOf.get(beadId) ?? '' }));
  const preferred = new Set(glossary.map((g) => `${g.source}\t${g.target.toLowerCase()}`));
  return {
    beadsRead: beads.length,
    truncated: analysis.truncated,
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
    proposals: glossaryProposals(all, glossary, { rejected: rejections.map((r) => r.source) }).map(({ beadIds, ...p }) => ({
      ...p,
      uses: uses(beadIds),
    })),
  };
}

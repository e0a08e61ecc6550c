import { buildLexicon, type Lexicon } from '@/lib/align';
import { db } from '@/lib/server/db';

// The engine's lexicon for a project: the built-in news list, the project glossary, and what the project's
// approved 1-1 beads teach. Capped so a large project's import stays fast.
const MAX_LEARNING_PAIRS = 3000;

export async function projectLexicon(project: { id: string; sourceLang: string; targetLang: string }): Promise<Lexicon> {
  const [glossary, approved] = await Promise.all([
    db.glossaryEntry.findMany({ where: { projectId: project.id }, select: { source: true, target: true } }),
    db.bead.findMany({
      where: { status: 'approved', document: { projectId: project.id } },
      orderBy: { updatedAt: 'desc' },
      take: MAX_LEARNING_PAIRS,
      select: { reviewedSnapshot: true },
    }),
  ]);
  const approvedPairs = approved
    .map((b) => b.reviewedSnapshot as { source?: string; target?: string } | null)
    .filter((s): s is { source: string; target: string } => Boolean(s?.source && s?.target));
  return buildLexicon({ srcLang: project.sourceLang, tgtLang: project.targetLang, glossary, approvedPairs });
}

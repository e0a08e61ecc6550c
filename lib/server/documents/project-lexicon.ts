import 'server-only';
import type { Lexicon } from '@/lib/align-engine';
import { runEngine } from '@/lib/server/align/run-engine';
import { db } from '@/lib/server/db';

// The engine's lexicon for a project: the built-in news list, the project glossary, and what the project's
// approved beads teach (reviewed article beads and imported translation memories alike). Capped so a large
// project's import stays fast.
const MAX_LEARNING_PAIRS = 3000;

export async function projectLexicon(project: { id: string; sourceLang: string; targetLang: string }): Promise<Lexicon> {
  const [glossary, approved] = await Promise.all([
    db.glossaryEntry.findMany({ where: { projectId: project.id }, select: { source: true, target: true } }),
    db.bead.findMany({
      where: { status: 'approved', document: { projectId: project.id } },
      orderBy: { updatedAt: 'desc' },
      take: MAX_LEARNING_PAIRS,
      select: { sourceIds: true, targetIds: true },
    }),
  ]);
  const segments = approved.length
    ? await db.segment.findMany({
        where: { id: { in: approved.flatMap((b) => [...b.sourceIds, ...b.targetIds]) } },
        select: { id: true, text: true },
      })
    : [];
  const text = new Map(segments.map((s) => [s.id, s.text]));
  const approvedPairs = approved
    .filter((b) => b.sourceIds.length && b.targetIds.length)
    .map((b) => ({
      source: b.sourceIds.map((id) => text.get(id) ?? '').join(' '),
      target: b.targetIds.map((id) => text.get(id) ?? '').join(' '),
    }));
  return runEngine({
    kind: 'buildLexicon',
    options: { srcLang: project.sourceLang, tgtLang: project.targetLang, glossary, approvedPairs },
  });
}

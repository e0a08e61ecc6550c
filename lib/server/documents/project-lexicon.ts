import 'server-only';
import { visibleDocument } from './visible-documents';
import type { Lexicon } from '@/lib/align-engine';
import { runEngine } from '@/lib/server/align/run-engine';
import { db } from '@/lib/server/db';

// The engine's lexicon for a project: the built-in news list, the project glossary, and what the project's
// approved beads teach (reviewed article beads and imported translation memories alike). Capped so a large
// project's import stays fast.
const MAX_LEARNING_PAIRS = 3000;
/** Projects whose lexicon is kept for batch jobs (the rest are built again). */
const CACHED_PROJECTS = 16;

const globalForLexicon = globalThis as unknown as { bitextLexicons?: Map<string, { at: number; lexicon: Promise<Lexicon> }> };

/**
 * `maxAgeMs`: batch jobs accept a lexicon built that long ago (decision 037). Building it reads the project's
 * 3,000 latest approved beads and their segments: 2 s an item on a busy 2-core machine once a project holds a
 * 100,000-unit memory, against 0.13 s for the alignment itself. A batch's own documents are drafts, so they never
 * change it; a glossary edit or an approval reaches the batch's next items within `maxAgeMs`. Interactive imports
 * and realigns always build it fresh.
 */
export async function projectLexicon(
  project: { id: string; sourceLang: string; targetLang: string },
  options: { maxAgeMs?: number } = {},
): Promise<Lexicon> {
  if (!options.maxAgeMs) return buildProjectLexicon(project);
  const cache = (globalForLexicon.bitextLexicons ??= new Map());
  const key = `${project.id}\n${project.sourceLang}\n${project.targetLang}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at <= options.maxAgeMs) return cached.lexicon;
  const lexicon = buildProjectLexicon(project);
  cache.delete(key);
  cache.set(key, { at: Date.now(), lexicon }); // shared by the items that ask while it builds
  lexicon.catch(() => cache.get(key)?.lexicon === lexicon && cache.delete(key));
  if (cache.size > CACHED_PROJECTS) cache.delete(cache.keys().next().value as string);
  return lexicon;
}

async function buildProjectLexicon(project: { id: string; sourceLang: string; targetLang: string }): Promise<Lexicon> {
  const [glossary, approved] = await Promise.all([
    db.glossaryEntry.findMany({ where: { projectId: project.id }, select: { source: true, target: true } }),
    db.bead.findMany({
      where: { status: 'approved', document: { projectId: project.id, ...visibleDocument } },
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

import 'server-only';
import type { EditorQaSetup } from '@/lib/qa/qa-flags-schema';
import { db } from '@/lib/server/db';
import { enabledChecks } from './qa-options';

// What the document page gives the editor so it can run QA in the browser (decision 041): the project's checks,
// the glossary entries whose Korean term occurs in the document (a project glossary may hold 20,000 entries;
// a document uses a handful), and the document's dismissals. Three small reads; the checking itself costs the
// server nothing on open.

export async function editorQaSetup(input: {
  documentId: string;
  projectId: string;
  sourceTexts: readonly string[];
}): Promise<EditorQaSetup> {
  const project = await db.project.findUniqueOrThrow({ where: { id: input.projectId }, select: { qaChecks: true } });
  const checks = enabledChecks(project.qaChecks);
  if (checks.length === 0) return { checks, glossary: [], dismissals: [] };
  const [glossary, dismissals] = await Promise.all([
    checks.includes('glossary')
      ? db.glossaryEntry.findMany({ where: { projectId: input.projectId }, select: { source: true, target: true }, orderBy: { id: 'asc' } })
      : [],
    db.qaDismissal.findMany({
      where: { documentId: input.documentId },
      select: { beadId: true, fingerprint: true, reason: true, createdAt: true, user: { select: { name: true } } },
    }),
  ]);
  const uses = usedTerms(input.sourceTexts.join('\n'));
  return {
    checks,
    glossary: glossary.filter((entry) => entry.source.trim() !== '' && uses(entry.source.normalize('NFKC'))),
    dismissals: dismissals.map((d) => ({
      beadId: d.beadId,
      fingerprint: d.fingerprint,
      reason: d.reason,
      by: d.user.name,
      at: d.createdAt.toISOString(),
    })),
  };
}

/**
 * Whether the text contains a term. A glossary may hold 20,000 terms and a document 200,000 characters: each
 * term is first looked up by its first two characters in a set of the text's character pairs, so most terms
 * never scan the text.
 */
function usedTerms(text: string): (term: string) => boolean {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return (term) => (term.length < 2 || pairs.has(term.slice(0, 2))) && text.includes(term);
}

import 'server-only';
import type { DocumentView } from '@/lib/alignment/document-view-schema';
import { checkDocument, type QaFinding } from '@/lib/qa';
import { db } from '@/lib/server/db';

/** A bead's text on one side as QA reads it: its segments joined by one space (finding offsets point into it). */
function sideText(ids: readonly string[], texts: Map<string, string>): string {
  return ids.map((id) => texts.get(id) ?? '').join(' ');
}

/**
 * Translation QA on every bead of a document view (issue 14, decision 033): each bead gets `qa`, the findings
 * where its two sides disagree (numbers, amounts, dates, names, negation, the project glossary), empty when
 * nothing does. The API answer carries it; the editor page does not compute it on open.
 */
export async function withQa(
  view: DocumentView,
): Promise<Omit<DocumentView, 'beads'> & { beads: (DocumentView['beads'][number] & { qa: QaFinding[] })[] }> {
  const glossary = await db.glossaryEntry.findMany({ where: { projectId: view.project.id }, select: { source: true, target: true } });
  const texts = new Map([...view.source, ...view.target].map((s) => [s.id, s.text]));
  const beads = view.beads.map((b) => ({ source: sideText(b.source, texts), target: sideText(b.target, texts) }));
  const findings = checkDocument(beads, { sourceLang: view.project.sourceLang, targetLang: view.project.targetLang, glossary });
  return { ...view, beads: view.beads.map((b, i) => ({ ...b, qa: findings[i] })) };
}

import 'server-only';
import type { DocumentView } from '@/lib/alignment/document-view-schema';
import type { QaFlag } from '@/lib/qa/qa-flags';
import { db } from '@/lib/server/db';
import { documentDismissals, flagsOf } from '@/lib/server/qa/document-qa-flags';
import { projectQaOptions } from '@/lib/server/qa/qa-options';

/**
 * Translation QA on every bead of a document view (issue 14, decisions 033 and 041): each bead gets `qa`, the
 * flags where its two sides disagree (numbers, amounts, dates, names, negation, the project glossary), with the
 * checks the project turns on; a flag a reviewer dismissed says so (`dismissed`). Empty when nothing disagrees.
 */
export async function withQa(
  view: DocumentView,
): Promise<Omit<DocumentView, 'beads'> & { beads: (DocumentView['beads'][number] & { qa: QaFlag[] })[] }> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: view.project.id },
    select: { id: true, sourceLang: true, targetLang: true, qaChecks: true },
  });
  const [options, dismissals] = await Promise.all([projectQaOptions(project), documentDismissals(view.id)]);
  const flags = flagsOf({ source: view.source, target: view.target, beads: view.beads }, options, dismissals);
  return { ...view, beads: view.beads.map((b, i) => ({ ...b, qa: flags[i].flags })) };
}

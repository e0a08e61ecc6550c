import 'server-only';
import { checkDocument, type QaBead } from '@/lib/qa';
import { toFlags, type QaDismissalView, type QaFlag } from '@/lib/qa/qa-flags';
import { db, type Tx } from '@/lib/server/db';
import type { ProjectQaOptions } from './qa-options';

// A document's QA flags, bead by bead, with the reviewers' dismissals (decision 041). Every reader of flags goes
// through here: the API, the exports, the counts in queues and on the dashboard, and the dismissal itself.

export interface BeadFlags {
  beadId: string;
  flags: QaFlag[];
}

/** What QA reads of a document: each segment's text and each bead's segment ids (an Alignment or a document view). */
export interface QaDocument {
  source: readonly { id: string; text: string }[];
  target: readonly { id: string; text: string }[];
  beads: readonly { id: string; source: readonly string[]; target: readonly string[] }[];
}

/** A bead's two sides as QA reads them: each side's segments joined by one space (finding offsets point into it). */
export function qaBeads(alignment: QaDocument): QaBead[] {
  const texts = new Map([...alignment.source, ...alignment.target].map((s) => [s.id, s.text]));
  const side = (ids: readonly string[]) => ids.map((id) => texts.get(id) ?? '').join(' ');
  return alignment.beads.map((b) => ({ source: side(b.source), target: side(b.target) }));
}

export async function documentDismissals(
  documentId: string,
  client: Tx | typeof db = db,
): Promise<Map<string, Map<string, QaDismissalView>>> {
  const rows = await client.qaDismissal.findMany({
    where: { documentId },
    select: { beadId: true, fingerprint: true, reason: true, createdAt: true, user: { select: { name: true } } },
  });
  const out = new Map<string, Map<string, QaDismissalView>>();
  for (const r of rows) {
    const bead = out.get(r.beadId) ?? new Map<string, QaDismissalView>();
    bead.set(r.fingerprint, { reason: r.reason, by: r.user.name, at: r.createdAt.toISOString() });
    out.set(r.beadId, bead);
  }
  return out;
}

export function flagsOf(
  alignment: QaDocument,
  options: ProjectQaOptions,
  dismissals: Map<string, Map<string, QaDismissalView>>,
): BeadFlags[] {
  const beads = qaBeads(alignment);
  const findings = checkDocument(beads, options);
  return alignment.beads.map((b, i) => ({ beadId: b.id, flags: toFlags(findings[i], beads[i], dismissals.get(b.id)) }));
}

/** Flags that still count (not dismissed), and on how many beads. */
export function countOpen(flags: readonly BeadFlags[]): { flags: number; beads: number } {
  let open = 0;
  let beads = 0;
  for (const bead of flags) {
    const n = bead.flags.filter((f) => f.dismissed === null).length;
    open += n;
    if (n > 0) beads += 1;
  }
  return { flags: open, beads };
}

// Translation QA in the editor (decision 041): the browser checks the beads itself with the same pure code the
// server uses (lib/qa), keeping per-bead work between changes, so after an operation only the beads whose text
// changed are checked again. Pure: the hook (use-qa-flags.ts) holds the state.

import { checkDocument, type QaCache, type QaFinding, type QaOptions } from '@/lib/qa';
import { toFlags, type QaDismissalView, type QaFlag } from '@/lib/qa/qa-flags';
import type { EditorQaSetup, QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import type { AlignmentState } from '../sync/editor-document';

export type DismissalMap = ReadonlyMap<string, ReadonlyMap<string, QaDismissalView>>;

export function dismissalMap(list: EditorQaSetup['dismissals']): DismissalMap {
  const out = new Map<string, Map<string, QaDismissalView>>();
  for (const d of list) {
    const bead = out.get(d.beadId) ?? new Map<string, QaDismissalView>();
    bead.set(d.fingerprint, { reason: d.reason, by: d.by, at: d.at });
    out.set(d.beadId, bead);
  }
  return out;
}

/** The map after a dismissal or a restore answered by the server. */
export function withAnswer(map: DismissalMap, answer: QaDismissalAnswer): DismissalMap {
  const bead = new Map(map.get(answer.beadId) ?? []);
  if (answer.dismissed) bead.set(answer.fingerprint, answer.dismissed);
  else bead.delete(answer.fingerprint);
  const out = new Map(map);
  if (bead.size > 0) out.set(answer.beadId, bead);
  else out.delete(answer.beadId);
  return out;
}

/** Each bead's two sides as QA reads them (segments joined by one space), keyed by bead id. */
function qaBeads(state: AlignmentState) {
  const texts = new Map<string, string>();
  for (const s of state.source) texts.set(s.id, s.text);
  for (const s of state.target) texts.set(s.id, s.text);
  const side = (ids: readonly string[]) => ids.map((id) => texts.get(id) ?? '').join(' ');
  return state.beads.map((b) => ({ id: b.id, source: side(b.source), target: side(b.target) }));
}

/** Flags of the beads that have any (open or dismissed); beads without findings are absent. */
export function documentFlags(state: AlignmentState, options: QaOptions, cache: QaCache, dismissals: DismissalMap): Map<string, QaFlag[]> {
  if (options.checks?.length === 0) return new Map();
  const beads = qaBeads(state);
  const findings: QaFinding[][] = checkDocument(beads, options, cache);
  const out = new Map<string, QaFlag[]>();
  beads.forEach((bead, i) => {
    if (findings[i].length > 0) out.set(bead.id, toFlags(findings[i], bead, dismissals.get(bead.id)));
  });
  return out;
}

/** Beads with at least one flag nobody dismissed: what the filter, the counts and `q` go by. */
export function openBeads(flags: ReadonlyMap<string, readonly QaFlag[]>): Set<string> {
  return new Set([...flags].filter(([, list]) => list.some((f) => f.dismissed === null)).map(([id]) => id));
}

// What an operation will do, worked out in the browser with the server's own pure code (lib/alignment/operations),
// so the editor shows the result at once while the server stores it (issue 12 item 13, decision 029). The server
// stays the source of truth: its answer replaces the prediction, and a refusal takes the prediction back.
// Pure: takes the state the server last answered with, returns a new one.

import { applyOperation } from '@/lib/alignment/operations/apply-operation';
import type { Operation } from '@/lib/alignment/operations/operation-schema';
import type { Alignment, Bead } from '@/lib/alignment/types';
import type { AlignmentState, EditorBead, EditorOperation } from '../sync/editor-document';

export interface Prediction {
  state: AlignmentState;
  /** Beads the change touches, in the predicted state: they show as pending until the server answers. */
  pending: ReadonlySet<string>;
}

function toAlignment(state: AlignmentState): Alignment {
  return {
    source: state.source.map((s) => ({ ...s, side: 'source' as const })),
    target: state.target.map((s) => ({ ...s, side: 'target' as const })),
    beads: state.beads.map(({ id, source, target, origin, confidence, reason, status, moved }): Bead => ({
      id,
      source,
      target,
      origin,
      confidence,
      reason,
      status,
      ...(moved ? { moved: true as const } : {}),
    })),
  };
}

/** Placeholder ids for beads and segments the server will name; its answer replaces them. */
function localIds(): () => string {
  let n = 0;
  return () => `pending-${(n += 1)}`;
}

/**
 * The predicted state, or null when there is nothing safe to show: realign (the engine runs on the server) or an
 * operation the pure code refuses (the server will refuse it too and say why).
 */
export function predictOperation(state: AlignmentState, operation: EditorOperation): Prediction | null {
  if (operation.type === 'realign') return null;
  let result;
  try {
    result = applyOperation(toAlignment(state), operation satisfies Operation, { newId: localIds() });
  } catch {
    return null;
  }
  const before = new Map(state.beads.map((b) => [b.id, b]));
  const touchedSegments = new Set(result.changed.segments.map((s) => s.id));
  const pending = new Set(result.changed.beads.filter((c) => c.kind !== 'removed').map((c) => c.id));
  const beads = result.alignment.beads.map((bead): EditorBead => {
    if ([...bead.source, ...bead.target].some((id) => touchedSegments.has(id))) pending.add(bead.id);
    const old = before.get(bead.id);
    return {
      labels: [],
      comments: 0,
      changedSinceReview: false,
      rejectReason: null,
      ...old,
      ...bead,
      moved: bead.moved === true,
    };
  });
  const segment = ({ id, text, paragraph }: { id: string; text: string; paragraph: number }) => ({ id, text, paragraph });
  return {
    state: { ...state, source: result.alignment.source.map(segment), target: result.alignment.target.map(segment), beads },
    pending,
  };
}

// alignWithMoves: the monotonic alignment and the moved-link pass after it, in one call, on one prepared
// document (decision 044; before, decision 036 kept the document in a hidden cache keyed by the returned
// beads). The output is the same as alignSegments followed by findMovedLinks on the same input.
import { alignAndPrepare } from './align-segments';
import { findMovedLinksCounted, type EngineMove, type MovedPassWork } from './find-moved-links';
import { DEFAULT_PARAMS, type ModelParams } from './model-params';
import type { AlignInputSegment, AlignOptions, EngineBead } from './types';

export interface AlignWithMovesResult {
  /** What alignSegments returns: the monotonic alignment before the moved-link pass. */
  monotonic: EngineBead[];
  /** The monotonic alignment after the pass (moved segments as one-sided beads at their own place). */
  beads: EngineBead[];
  /** Moved links, in source order. */
  moves: EngineMove[];
}

/** Hooks for benchmarks: `aligned` runs between the alignment and the pass, `work` receives the pass's counted work. */
export interface AlignWithMovesProbe {
  aligned?: () => void;
  work?: (work: MovedPassWork) => void;
}

export function alignWithMoves(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  options: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
  probe?: AlignWithMovesProbe,
): AlignWithMovesResult {
  const { beads: monotonic, prepared } = alignAndPrepare(source, target, options, params);
  probe?.aligned?.();
  const { beads, moves, work } = findMovedLinksCounted(source, target, monotonic, options, prepared);
  probe?.work?.(work);
  return { monotonic, beads, moves };
}

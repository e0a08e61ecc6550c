// The scoring constants of the engine, in one place. Costs are negative log-probabilities (nats), so
// they add up along a path and exp(-cost / temperature) gives bead posteriors. Values were set on the
// dev sets only (NTREX ko-en dev, Text+Berg dev); see docs/decisions/005-alignment-engine.md.

/** Bead shapes [source count, target count] the search may use. */
export const BEAD_SHAPES: readonly (readonly [number, number])[] = [
  // the first six are the shapes used at coarse levels (see coarse-guide.ts)
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3],
  [4, 1],
  [1, 4],
  [3, 2],
  [2, 3],
  // a substitution: one sentence dropped and another put in its place, read as 1-0 + 0-1 (decision 021)
  [1, 1],
];

/** Index in BEAD_SHAPES of the substitution step (same cells as a 1-1 link, but no link). */
export const SUBSTITUTION_SHAPE = 12;

export interface ModelParams {
  /** Prior cost of each shape with both sides non-empty, by `${a}-${b}`. */
  shapeCost: Record<string, number>;
  /** Cost of leaving one segment unaligned (a 1-0 or 0-1 bead). */
  nullCost: number;
  lengthWeight: number;
  lexicalWeight: number;
  /**
   * Cost of the substitution reading of a 1-1 step (1-0 + 0-1 in one step, instead of two null costs):
   * the prior against a dropped sentence with another one put in its place. null: not searched.
   */
  substitutionCost: number | null;
  /** A 1-1 link whose substitution reading has at least this times its posterior becomes 1-0 + 0-1. */
  substitutionRatio: number;
  /** Subtracted from the substitution cost at the last step of the document (a rewritten ending). */
  substitutionEnd: number;
  /** A bead that spans a paragraph break on one side. */
  paragraphCross: number;
  /** A bead that starts a paragraph on one side but not on the other. */
  paragraphStart: number;
  /**
   * null: the Viterbi path as is. A number: each bead of 3+ segments is replaced by the finer path inside
   * it with the largest sum of (posterior − decodeMargin), see posterior-decode.ts. Used when one side is Korean.
   */
  decodeMargin: number | null;
  /** Temperature of the posterior (confidence) computation. */
  temperature: number;
  /** Half-width of the search band around the coarse path, in segments. */
  bandWidth: number;
  /** Documents with at most this many cells are searched without a band. */
  fullSearchCells: number;
}

export const DEFAULT_PARAMS: ModelParams = {
  shapeCost: { '1-1': 0, '2-1': 2.25, '1-2': 2.25, '2-2': 5.85, '3-1': 5.2, '1-3': 5.2, '4-1': 7.8, '1-4': 7.8, '3-2': 8.45, '2-3': 8.45 },
  nullCost: 5.2,
  lengthWeight: 0.75,
  lexicalWeight: 0.75,
  substitutionCost: 8,
  substitutionRatio: 0.5,
  substitutionEnd: 4,
  paragraphCross: 6,
  paragraphStart: 2.5,
  decodeMargin: 0.2,
  temperature: 1,
  bandWidth: 8,
  fullSearchCells: 300_000,
};

// Gale-Church length model with a ratio estimated per document. Korean runs about half the characters
// of English (and Hangul is counted double in length units), so a fixed ratio of 1 — hunalign's
// assumption — misplaces beads; here the ratio and variance come from the document itself: first from
// total lengths, then re-estimated from the first pass's beads.

export interface LengthModel {
  /** Expected target units per source unit. */
  ratio: number;
  /** Variance of the target-length residual per unit of mean length (Gale-Church s^2). */
  variance: number;
}

export const PRIOR_VARIANCE = 6.8;
const PRIOR_WEIGHT = 8;
const MAX_LENGTH_COST = 40;

/**
 * Length units (language.ts) already count a Hangul syllable as two characters, a Han character as
 * three, so 1 is the prior ratio for any pair. A short document's own ratio is noisy (one dropped
 * sentence in five moves it by 20%), so it is shrunk toward the prior with the weight of RATIO_PRIOR_SEGMENTS.
 */
const RATIO_PRIOR_SEGMENTS = 6;

function shrunkRatio(s: number, t: number, segments: number): number {
  if (s <= 0 || t <= 0) return 1;
  const observed = Math.log(Math.min(20, Math.max(0.05, t / s)));
  return Math.exp((segments * observed) / (segments + RATIO_PRIOR_SEGMENTS));
}

export function initialLengthModel(source: Float64Array, target: Float64Array): LengthModel {
  const s = source.reduce((a, b) => a + b, 0);
  const t = target.reduce((a, b) => a + b, 0);
  return { ratio: shrunkRatio(s, t, Math.min(source.length, target.length)), variance: PRIOR_VARIANCE };
}

/** -log erfc(x) for x >= 0, from the Numerical Recipes erfcc approximation (relative error < 1.2e-7). */
function minusLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return x * x - poly - Math.log(t);
}

/** Standardized residual of a candidate bead's lengths. */
export function lengthZ(sourceUnits: number, targetUnits: number, model: LengthModel): number {
  const expected = model.ratio * sourceUnits;
  const spread = Math.sqrt(model.variance * ((expected + targetUnits) / 2 + 1));
  return (targetUnits - expected) / spread;
}

/** -log P(|Z| >= |z|): 0 for a perfect fit, growing about z^2/2. */
export function lengthCost(sourceUnits: number, targetUnits: number, model: LengthModel): number {
  const z = Math.abs(lengthZ(sourceUnits, targetUnits, model));
  return Math.min(MAX_LENGTH_COST, minusLogErfc(z / Math.SQRT2));
}

/** Re-estimates ratio and variance from (source units, target units) of trusted beads. */
export function reestimateLengthModel(pairs: [number, number][], prior: LengthModel): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (usable.length < 3) return prior;
  const s = usable.reduce((a, p) => a + p[0], 0);
  const t = usable.reduce((a, p) => a + p[1], 0);
  const ratio = shrunkRatio(s, t, usable.length);
  const scaled = usable
    .map(([ls, lt]) => {
      const expected = ratio * ls;
      return (lt - expected) ** 2 / ((expected + lt) / 2 + 1);
    })
    .sort((a, b) => a - b);
  // median of a chi-square(1) variable is 0.455
  const estimate = scaled[Math.floor(scaled.length / 2)] / 0.455;
  const variance = (PRIOR_WEIGHT * prior.variance + usable.length * estimate) / (PRIOR_WEIGHT + usable.length);
  return { ratio, variance: Math.min(100, Math.max(1, variance)) };
}

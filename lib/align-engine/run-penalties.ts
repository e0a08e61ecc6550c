// Penalty of every run of 1..maxRun consecutive segments if none of its features is matched: the sum of
// beta over the union of the run's feature ids. A key that two sentences share counts once, otherwise a
// 2-2 bead would pay (and collect) the evidence of both 1-1 beads twice over. Computed run by run with a
// generation stamp, so no union list is ever materialized.
import type { SideTable } from './document-table';
import { FeatureMarks } from './feature-marks';

/** A feature-sized scratch array, reused by every search (decision 036). */
const runMarks = new FeatureMarks();

/** By run length k (index 0 unused): penalty of the run of k segments starting at i. */
export function runPenalties(side: SideTable, beta: Float64Array, maxRun: number, featureCount: number): Float64Array[] {
  const n = side.ids.length;
  const out: Float64Array[] = [new Float64Array(0), side.unmatched];
  for (let k = 2; k <= maxRun; k++) out.push(new Float64Array(Math.max(0, n - k + 1)));
  if (maxRun < 2) return out;
  const { marks: seen, generation: first } = runMarks.begin(featureCount, n + 1);
  for (let i = 0; i + 2 <= n; i++) {
    const generation = first + i;
    let sum = 0;
    for (let k = 1; k <= maxRun && i + k <= n; k++) {
      const ids = side.ids[i + k - 1];
      for (let x = 0; x < ids.length; x++) {
        const f = ids[x];
        if (seen[f] !== generation) {
          seen[f] = generation;
          sum += beta[f];
        }
      }
      if (k >= 2) out[k][i] = sum;
    }
  }
  return out;
}

// Reliability of the engine's confidence: for bins of confidence, how many beads are exactly right
// (strict: equal to a gold bead). The calibration targets (decision 021): among beads with confidence
// >= 0.9 at least 97% exactly right, among beads >= 0.99 at least 99%, on every set. The expected
// calibration error is over ten equal-width bins: sum of |accuracy − mean confidence| weighted by beads.
import type { EngineBead } from '../../lib/align-engine';
import { formatBead, type ScoreBead } from './score-alignment';

export interface ReliabilityRow {
  range: string;
  beads: number;
  correct: number;
  accuracy: number;
}

const BINS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 0.95],
  [0.95, 0.99],
  [0.99, 1.0001],
];

/** Expected calibration error over ten equal-width confidence bins (empty-empty beads ignored). */
export function expectedCalibrationError(gold: ScoreBead[][], test: EngineBead[][]): number {
  const count = new Float64Array(10);
  const correct = new Float64Array(10);
  const confidence = new Float64Array(10);
  let total = 0;
  test.forEach((doc, k) => {
    const goldKeys = new Set(gold[k].map(formatBead));
    for (const b of doc) {
      const bin = Math.min(9, Math.floor(b.confidence * 10));
      count[bin] += 1;
      confidence[bin] += b.confidence;
      if (goldKeys.has(formatBead(b))) correct[bin] += 1;
      total += 1;
    }
  });
  let ece = 0;
  for (let bin = 0; bin < 10; bin++) if (count[bin] > 0) ece += Math.abs(correct[bin] - confidence[bin]);
  return total === 0 ? 0 : ece / total;
}

export function reliabilityTable(gold: ScoreBead[][], test: EngineBead[][]): ReliabilityRow[] {
  const rows = BINS.map(([lo, hi]) => ({
    range: `[${lo.toFixed(2)}, ${hi > 1 ? '1.00]' : `${hi.toFixed(2)})`}`,
    lo,
    hi,
    beads: 0,
    correct: 0,
  }));
  const atLeast90 = { range: '>= 0.90', lo: 0.9, hi: 2, beads: 0, correct: 0 };
  const atLeast99 = { range: '>= 0.99', lo: 0.99, hi: 2, beads: 0, correct: 0 };
  test.forEach((doc, k) => {
    const goldKeys = new Set(gold[k].map(formatBead));
    for (const b of doc) {
      const ok = goldKeys.has(formatBead(b));
      for (const row of [...rows, atLeast90, atLeast99]) {
        if (b.confidence >= row.lo && b.confidence < row.hi) {
          row.beads += 1;
          if (ok) row.correct += 1;
        }
      }
    }
  });
  return [...rows, atLeast90, atLeast99].map(({ range, beads, correct }) => ({
    range,
    beads,
    correct,
    accuracy: beads === 0 ? 0 : correct / beads,
  }));
}

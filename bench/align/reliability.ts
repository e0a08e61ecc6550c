// Reliability of the engine's confidence: for bins of confidence, how many beads are exactly right
// (strict: equal to a gold bead). The calibration target is: among beads with confidence >= 0.9,
// at least 90% correct.
import type { EngineBead } from '../../lib/align';
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

export function reliabilityTable(gold: ScoreBead[][], test: EngineBead[][]): ReliabilityRow[] {
  const rows = BINS.map(([lo, hi]) => ({ range: `[${lo.toFixed(2)}, ${hi > 1 ? '1.00]' : `${hi.toFixed(2)})`}`, lo, hi, beads: 0, correct: 0 }));
  const atLeast90 = { range: '>= 0.90', lo: 0.9, hi: 2, beads: 0, correct: 0 };
  test.forEach((doc, k) => {
    const goldKeys = new Set(gold[k].map(formatBead));
    for (const b of doc) {
      const ok = goldKeys.has(formatBead(b));
      for (const row of [...rows, atLeast90]) {
        if (b.confidence >= row.lo && b.confidence < row.hi) {
          row.beads += 1;
          if (ok) row.correct += 1;
        }
      }
    }
  });
  return [...rows, atLeast90].map(({ range, beads, correct }) => ({ range, beads, correct, accuracy: beads === 0 ? 0 : correct / beads }));
}

// Turns search beads into EngineBeads: index lists, a calibrated confidence and a reason. A substitution
// step (one sentence dropped, another put in its place) becomes two one-sided beads that carry the
// substitution's posterior and say why they are not a link.
import { calibrateConfidence } from './calibrate-confidence';
import { explainBead, explainSubstitution } from './explain-bead';
import type { PathBead } from './lattice';
import type { LengthModel } from './length-model';
import type { PreparedDocument } from './prepare-document';
import type { EngineBead } from './types';

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

/** `bead` is in document coordinates; `source` / `target` are its segment indices. */
export function emitBead(doc: PreparedDocument, bead: PathBead, model: LengthModel, source: number[], target: number[]): EngineBead[] {
  if (bead.substituted) {
    const why = explainSubstitution(doc, bead);
    const confidence = calibrateConfidence(doc, bead, model);
    return [
      { source, target: [], confidence, reason: `no counterpart in the target; ${why}` },
      { source: [], target, confidence, reason: `no counterpart in the source; ${why}` },
    ];
  }
  return [{ source, target, confidence: calibrateConfidence(doc, bead, model), reason: explainBead(doc, bead, model) }];
}

export function emitBeads(doc: PreparedDocument, beads: readonly PathBead[], model: LengthModel): EngineBead[] {
  const out: EngineBead[] = [];
  for (const b of beads) out.push(...emitBead(doc, b, model, range(b.i0, b.i1), range(b.j0, b.j1)));
  return out;
}

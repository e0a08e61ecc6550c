// The part of every transition's cost that does not depend on the length model: shape prior, lexical
// evidence on the union of the bead's segments, paragraph breaks. One value per (band cell, shape), stored
// as float32 (Infinity where the shape does not fit in the band).
//
// Lexical intersection without merging lists: for every feature, the last source segment before row i that
// has it (`lastSeen`), so a feature is in the source run of a segments ending at row i when it was last seen
// at most a rows back. Each row scans the target segments its runs can reach once and keeps, per segment,
// the ids that some source run of the row shares (with how far back): usually none or a few. Then, for
// each start pj of a target run, the target segments pj, pj + 1, ... add those ids one at a time, each id
// counted once (a stamp), so the gains of the 1-, 2-, 3- and 4-segment target runs from pj come out of a
// single pass over a handful of ids. The sums add the same terms in the same order as a scan of every id
// of the run would (decision 036).
import type { Band } from './band';
import { FeatureMarks } from './feature-marks';
import type { LatticeInput } from './lattice';
import { SUBSTITUTION_SHAPE, type ModelParams } from './model-params';
import { runPenalties } from './run-penalties';

/** Feature-sized scratch arrays, reused by every search (decision 036). */
const lastSeenMarks = new FeatureMarks();
const runMarks = new FeatureMarks();

export function computeFixedCosts(input: LatticeInput, band: Band, params: ModelParams, SA: Int32Array, SB: Int32Array): Float32Array {
  const { source: S, target: T, matchGain } = input;
  const { n, m, lo, hi, offset } = band;
  const NT = SA.length;
  let maxRun = 1;
  for (let s = 0; s < NT; s++) maxRun = Math.max(maxRun, SA[s], SB[s]);
  const features = matchGain.length;
  const penaltyS = runPenalties(S, input.betaSource, maxRun, features);
  const penaltyT = runPenalties(T, input.betaTarget, maxRun, features);
  const shapeCost = Float64Array.from(SA, (a, s) => (a === 0 || SB[s] === 0 ? params.nullCost : (params.shapeCost[`${a}-${SB[s]}`] ?? 99)));
  const pS = S.paragraph;
  const pT = T.paragraph;
  const paragraphs = pS !== null && pT !== null;
  const out = new Float32Array(band.cells * NT).fill(Infinity);
  const lex = params.lexicalWeight;
  // per feature: the last source segment (below the current row) that has it, stored as rowBase + segment;
  // values from earlier calls are below rowBase - maxRun, so they read as "more than maxRun rows back"
  const { marks: lastSeen, generation: first } = lastSeenMarks.begin(features, n + maxRun + 2);
  const rowBase = first + maxRun + 1;
  // one stamp generation per run start (i, a, pj): at most maxRun per band cell
  const { marks: seen, generation: firstRun } = runMarks.begin(features, maxRun * band.cells + 1);
  let runGeneration = firstRun - 1;
  // per row: the ids of target segments jA..jB that a source run of the row shares, and how far back
  // (rows) the source side has them; segment j's entries are hitStart[j] .. hitStart[j + 1] - 1
  let hitF = new Int32Array(1024);
  let hitD = new Int32Array(1024);
  const hitStart = new Int32Array(m + 2);
  // shape index by [a][b] (-1: not searched), and the longest target run per source count
  const shapeOf = Array.from({ length: maxRun + 1 }, () => new Int32Array(maxRun + 1).fill(-1));
  const maxB = new Int32Array(maxRun + 1);
  const nullShapes: number[] = [];
  for (let s = 0; s < NT; s++) {
    if (s === SUBSTITUTION_SHAPE) continue;
    if (SA[s] === 0 || SB[s] === 0) nullShapes.push(s);
    else {
      shapeOf[SA[s]][SB[s]] = s;
      maxB[SA[s]] = Math.max(maxB[SA[s]], SB[s]);
    }
  }
  const targetIds = T.ids;
  // the substitution reading of a 1-1 step whose sides share nothing (decision 021)
  const substitution = params.substitutionCost !== null && NT > SUBSTITUTION_SHAPE;
  const substitutionCost = params.substitutionCost ?? 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i];
    const rowHi = hi[i];
    const rowOffset = offset[i] - rowLo;
    if (i > 0) {
      const ids = S.ids[i - 1];
      for (let y = 0; y < ids.length; y++) lastSeen[ids[y]] = rowBase + i - 1;
    }
    for (const s of nullShapes) {
      const pi = i - SA[s];
      if (pi < 0) continue;
      const b = SB[s];
      const jFrom = Math.max(rowLo, lo[pi] + b);
      const jTo = Math.min(rowHi, hi[pi] + b);
      for (let j = jFrom; j <= jTo; j++) out[(rowOffset + j) * NT + s] = shapeCost[s];
    }
    // the target segments any run of this row can reach, scanned once for ids the source side has
    let jA = m;
    let jB = -1;
    for (let a = 1; a <= maxRun; a++) {
      const pi = i - a;
      if (maxB[a] === 0 || pi < 0) continue;
      const from = Math.max(lo[pi], rowLo - maxB[a]);
      const to = Math.min(hi[pi], rowHi - 1);
      if (from > to) continue;
      jA = Math.min(jA, from);
      jB = Math.max(jB, Math.min(m - 1, to + maxB[a] - 1));
    }
    let hits = 0;
    for (let j = jA; j <= jB; j++) {
      hitStart[j] = hits;
      const ids = targetIds[j];
      for (let y = 0; y < ids.length; y++) {
        const f = ids[y];
        const back = rowBase + i - lastSeen[f];
        if (back > maxRun) continue;
        if (hits === hitF.length) {
          const grownF = new Int32Array(2 * hits);
          const grownD = new Int32Array(2 * hits);
          grownF.set(hitF);
          grownD.set(hitD);
          hitF = grownF;
          hitD = grownD;
        }
        hitF[hits] = f;
        hitD[hits] = back;
        hits++;
      }
    }
    if (jB >= jA) hitStart[jB + 1] = hits;
    for (let a = 1; a <= maxRun; a++) {
      const pi = i - a;
      if (maxB[a] === 0 || pi < 0) continue;
      const unmatchedS = penaltyS[a][pi];
      const pLo = lo[pi];
      const pHi = hi[pi];
      const crossS = paragraphs && pS[i - 1] !== pS[pi];
      const startS = pi === 0 || (pS !== null && pS[pi] !== pS[pi - 1]);
      const shapes = shapeOf[a];
      const pjFrom = Math.max(pLo, rowLo - maxB[a]);
      const pjTo = Math.min(pHi, rowHi - 1);
      for (let pj = pjFrom; pj <= pjTo; pj++) {
        runGeneration++;
        let gain = 0;
        const startT = paragraphs && (pj === 0 || pT[pj] !== pT[pj - 1]);
        for (let b = 1; b <= maxB[a] && pj + b <= m; b++) {
          const jj = pj + b - 1;
          for (let h = hitStart[jj]; h < hitStart[jj + 1]; h++) {
            // in the source run of a segments when last seen at most a rows back
            if (hitD[h] > a) continue;
            const f = hitF[h];
            if (seen[f] !== runGeneration) {
              seen[f] = runGeneration;
              gain += matchGain[f];
            }
          }
          const s = shapes[b];
          const j = pj + b;
          if (s < 0 || j < rowLo || j > rowHi) continue;
          const lexical = gain - unmatchedS - penaltyT[b][pj];
          let cost = shapeCost[s] - lex * lexical;
          // the reading "one sentence dropped, another put in its place" competes with a 1-1 link whose
          // sides share nothing; an edition's last sentence is often its own (a rewritten ending)
          if (gain === 0 && substitution && a === 1 && b === 1) {
            out[(rowOffset + j) * NT + SUBSTITUTION_SHAPE] = substitutionCost - (i === n && j === m ? params.substitutionEnd : 0);
          }
          if (paragraphs) {
            if (crossS) cost += params.paragraphCross;
            if (pT[j - 1] !== pT[pj]) cost += params.paragraphCross;
            if (startS !== startT) cost += params.paragraphStart;
          }
          out[(rowOffset + j) * NT + s] = cost;
        }
      }
    }
  }
  return out;
}

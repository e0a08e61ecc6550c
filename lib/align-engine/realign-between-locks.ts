// Realign between locks: beads an editor confirmed are kept exactly; only the stretches between them
// are searched again. Locks with both sides split the document into independent stretches; a locked
// omission/addition (1-0 / 0-1) just takes its segment out of its stretch. The length ratio comes from
// the whole document (locks are trusted examples), so short stretches are not judged on their own.
import { alignRange, documentLengthModel, trustedLengthPairs } from './align-range';
import { checkInputSize, DEFAULT_MAX_CELLS } from './align-segments';
import { InvalidLocksError } from './errors';
import { emitBead } from './emit-beads';
import { reestimateLengthModel } from './length-model';
import { DEFAULT_PARAMS, type ModelParams } from './model-params';
import { prepareDocument } from './prepare-document';
import { reexamineWeakLinks } from './reexamine-weak-links';
import type { AlignInputSegment, AlignOptions, EngineBead, Lock } from './types';

function checkSide(ids: number[], size: number, side: string, used: Set<number>): void {
  ids.forEach((x, k) => {
    if (!Number.isInteger(x) || x < 0 || x >= size) throw new InvalidLocksError(`${side} index ${x} out of range`);
    if (k > 0 && x !== ids[k - 1] + 1) throw new InvalidLocksError(`${side} indices of a lock must be consecutive`);
    if (used.has(x)) throw new InvalidLocksError(`${side} index ${x} is in two locks`);
    used.add(x);
  });
}

export function realignBetweenLocks(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  locks: readonly Lock[],
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
): EngineBead[] {
  checkInputSize(source, target);
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  for (const lock of locks) {
    if (lock.source.length + lock.target.length === 0) throw new InvalidLocksError('empty lock');
    checkSide(lock.source, source.length, 'source', usedS);
    checkSide(lock.target, target.length, 'target', usedT);
  }
  const anchors = locks.filter((l) => l.source.length > 0 && l.target.length > 0).sort((a, b) => a.source[0] - b.source[0]);
  for (let k = 1; k < anchors.length; k++) {
    if (anchors[k].target[0] < anchors[k - 1].target[anchors[k - 1].target.length - 1])
      throw new InvalidLocksError('locks cross each other');
  }
  const doc = prepareDocument(source, target, opts);
  const anchorBeads = anchors.map((l) => ({
    i0: l.source[0],
    i1: l.source[l.source.length - 1] + 1,
    j0: l.target[0],
    j1: l.target[l.target.length - 1] + 1,
    posterior: 1,
  }));
  const model = reestimateLengthModel(trustedLengthPairs(doc.table.source, doc.table.target, anchorBeads), documentLengthModel(doc));
  const maxCells = opts.maxCells ?? DEFAULT_MAX_CELLS;
  const korean = doc.srcLang === 'ko' || doc.tgtLang === 'ko';

  const out: EngineBead[] = [];
  const emitGap = (iFrom: number, iTo: number, jFrom: number, jTo: number) => {
    const src: number[] = [];
    const tgt: number[] = [];
    for (let i = iFrom; i < iTo; i++) if (!usedS.has(i)) src.push(i);
    for (let j = jFrom; j < jTo; j++) if (!usedT.has(j)) tgt.push(j);
    if (src.length + tgt.length === 0) return;
    const found = alignRange(doc, src, tgt, params, maxCells, model).beads;
    const placed = found.map((b) => {
      const bead = { ...b, i0: b.i0 < src.length ? src[b.i0] : iTo, i1: 0, j0: b.j0 < tgt.length ? tgt[b.j0] : jTo, j1: 0 };
      bead.i1 = bead.i0 + b.i1 - b.i0;
      bead.j1 = bead.j0 + b.j1 - b.j0;
      return bead;
    });
    // the same second look at weak links as a full alignment (decision 027), within the stretch
    const settled = korean ? reexamineWeakLinks(doc, placed, model, params) : placed;
    settled.forEach((bead, k) =>
      out.push(...emitBead(doc, bead, model, src.slice(found[k].i0, found[k].i1), tgt.slice(found[k].j0, found[k].j1))),
    );
  };
  let i = 0;
  let j = 0;
  for (const a of anchorBeads) {
    if (a.j0 < j) throw new InvalidLocksError('locks cross each other');
    emitGap(i, a.i0, j, a.j0);
    out.push({
      source: [...Array(a.i1 - a.i0).keys()].map((k) => a.i0 + k),
      target: [...Array(a.j1 - a.j0).keys()].map((k) => a.j0 + k),
      confidence: 1,
      reason: 'locked by an editor',
    });
    i = a.i1;
    j = a.j1;
  }
  emitGap(i, source.length, j, target.length);
  return insertNullLocks(out, locks);
}

/** Puts locked 1-0 / 0-1 beads back in document order on their non-empty side. */
function insertNullLocks(beads: EngineBead[], locks: readonly Lock[]): EngineBead[] {
  const nulls = locks.filter((l) => l.source.length === 0 || l.target.length === 0);
  if (nulls.length === 0) return beads;
  const result = [...beads];
  for (const lock of nulls) {
    const onSource = lock.source.length > 0;
    const at = onSource ? lock.source[0] : lock.target[0];
    const side = (b: EngineBead | { source: number[]; target: number[] }) => (onSource ? b.source : b.target);
    // right after the last bead that holds an earlier segment of the same side
    let pos = 0;
    result.forEach((b, k) => {
      const ids = side(b);
      if (ids.length > 0 && ids[ids.length - 1] < at) pos = k + 1;
    });
    result.splice(pos, 0, { source: [...lock.source], target: [...lock.target], confidence: 1, reason: 'locked by an editor' });
  }
  return result;
}

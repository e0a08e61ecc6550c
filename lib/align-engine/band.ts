// The search band: for every source prefix length i (0..n) an inclusive range of target prefix
// lengths [lo[i], hi[i]], non-decreasing in i, so cells can be stored row by row in flat arrays.
// A full band is the whole matrix; a guided band follows a coarse path at a fixed half-width, which keeps
// time and memory linear in the document length.

export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  /** offset[i] = index of cell (i, lo[i]); offset[n + 1] = number of cells. */
  offset: Float64Array;
  cells: number;
}

function finish(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i], m));
    // keep rows connected: row i must reach back to row i - 1 with a 1-0 step
    if (i > 0) lo[i] = Math.min(lo[i], hi[i - 1]);
    hi[i] = Math.max(lo[i], Math.min(hi[i], m));
    offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
  }
  return { n, m, lo, hi, offset, cells: offset[n + 1] };
}

export function fullBand(n: number, m: number): Band {
  return finish(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/** Estimated cell count of a band around a path of the given size, before building it. */
export function estimateBandCells(n: number, m: number, halfWidth: number): number {
  return (n + 1) * (2 * halfWidth + 2 + Math.ceil(m / Math.max(1, n)));
}

/**
 * A band around a guide: guideLo/guideHi give, per row, the target range the coarse path visits;
 * it is widened by `halfWidth` on both sides.
 */
export function guidedBand(n: number, m: number, guideLo: Int32Array, guideHi: Int32Array, halfWidth: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = guideLo[i] - halfWidth;
    hi[i] = guideHi[i] + halfWidth;
  }
  return finish(n, m, lo, hi);
}

export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n || j < band.lo[i] || j > band.hi[i]) return -1;
  return band.offset[i] + j - band.lo[i];
}

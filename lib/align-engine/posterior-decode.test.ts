import { describe, expect, it } from 'vitest';
import { fullBand } from './band';
import { BEAD_SHAPES } from './model-params';
import { refineBeads, type DecodedBead } from './posterior-decode';

// A 2 x 3 document searched in full; cell (i, j) has index i * 4 + j. Posteriors are given per bead
// `[i0,i1)x[j0,j1)` (the path's own beads and the table); beads not listed get 0.01.
const band = fullBand(2, 3);
const costs = new Float32Array(band.cells * BEAD_SHAPES.length).fill(1);
const beadKey = (b: Omit<DecodedBead, 'posterior'>) => `${b.i0}-${b.i1}:${b.j0}-${b.j1}`;
const decode = (path: DecodedBead[], table: Record<string, number>, margin = 0.2) => {
  const known: Record<string, number> = { ...Object.fromEntries(path.map((b) => [beadKey(b), b.posterior])), ...table };
  return refineBeads(
    path,
    band,
    costs,
    BEAD_SHAPES,
    (c, pc, s) => {
      const [a, b] = BEAD_SHAPES[s];
      const i1 = Math.floor(c / 4);
      const j1 = c % 4;
      expect(pc).toBe((i1 - a) * 4 + (j1 - b));
      return known[beadKey({ i0: i1 - a, i1, j0: j1 - b, j1 })] ?? 0.01;
    },
    margin,
  ).map((b) => `${beadKey(b)}@${b.posterior}`);
};

const bead = (i0: number, i1: number, j0: number, j1: number, posterior: number): DecodedBead => ({ i0, i1, j0, j1, posterior });

interface Case {
  name: string;
  path: DecodedBead[];
  table: Record<string, number>;
  expected: string[];
}

describe('refineBeads: finer paths inside a merge bead', () => {
  it.each<Case>([
    {
      name: 'an absorbed addition becomes 1-1 + 0-1',
      path: [bead(0, 1, 0, 2, 0.4), bead(1, 2, 2, 3, 0.9)],
      table: { '0-1:0-1': 0.49, '1-1:1-2': 0.46 },
      expected: ['0-1:0-1@0.49', '1-1:1-2@0.46', '1-2:2-3@0.9'],
    },
    {
      name: 'a real split stays 1-2 when its parts are unlikely',
      path: [bead(0, 1, 0, 2, 0.7), bead(1, 2, 2, 3, 0.9)],
      table: { '0-1:0-1': 0.2, '1-1:1-2': 0.1 },
      expected: ['0-1:0-2@0.7', '1-2:2-3@0.9'],
    },
    {
      name: 'a 2-2 splits into two 1-1 beads',
      path: [bead(0, 2, 0, 2, 0.5), bead(2, 2, 2, 3, 0.9)],
      table: { '0-1:0-1': 0.45, '1-2:1-2': 0.45 },
      expected: ['0-1:0-1@0.45', '1-2:1-2@0.45', '2-2:2-3@0.9'],
    },
    {
      name: 'beads of two segments are never touched',
      path: [bead(0, 1, 0, 1, 0.1), bead(1, 2, 1, 3, 0.9)],
      table: { '0-1:0-0': 0.9, '0-0:0-1': 0.9 },
      expected: ['0-1:0-1@0.1', '1-2:1-3@0.9'],
    },
  ])('$name', ({ path, table, expected }) => {
    expect(decode(path, table)).toEqual(expected);
  });

  it('a larger margin keeps the merge bead', () => {
    const path = [bead(0, 1, 0, 2, 0.4), bead(1, 2, 2, 3, 0.9)];
    expect(decode(path, { '0-1:0-1': 0.49, '1-1:1-2': 0.46 }, 0.6)).toEqual(['0-1:0-2@0.4', '1-2:2-3@0.9']);
  });
});

import { describe, expect, it } from 'vitest';
import { alignmentOf } from './testing/alignment-fixtures';
import type { Alignment } from './types';
import { validateAlignment } from './validate-alignment';

const valid = () => alignmentOf(['b1: s1 = t1', 'b2: s2 s3 =', 'b3: = t2 t3']);

const broken: { name: string; breakIt: (a: Alignment) => Alignment; problem: string }[] = [
  {
    name: 'a segment in no bead',
    breakIt: (a) => ({ ...a, beads: [a.beads[0], { ...a.beads[1], source: ['s2'] }, a.beads[2]] }),
    problem: 'The source segment s3 is in no bead.',
  },
  {
    name: 'a segment in two beads',
    breakIt: (a) => ({ ...a, beads: [a.beads[0], a.beads[1], { ...a.beads[2], source: ['s3'] }] }),
    problem: 'The source segment s3 is in more than one bead (again in b3).',
  },
  {
    name: 'segments out of order',
    breakIt: (a) => ({ ...a, beads: [a.beads[0], { ...a.beads[1], source: ['s3', 's2'] }, a.beads[2]] }),
    problem: 'Bead b2 lists source segment s3 out of document order.',
  },
  {
    name: 'crossing beads',
    breakIt: (a) => ({ ...a, beads: [{ ...a.beads[0], target: ['t2'] }, a.beads[1], { ...a.beads[2], target: ['t1', 't3'] }] }),
    problem: 'Bead b1 lists target segment t2 out of document order.',
  },
  {
    name: 'an unknown segment',
    breakIt: (a) => ({ ...a, beads: [{ ...a.beads[0], target: ['t1', 't9'] }, a.beads[1], a.beads[2]] }),
    problem: 'Bead b1 lists unknown target segment t9.',
  },
  {
    name: 'an empty bead',
    breakIt: (a) => ({ ...a, beads: [...a.beads, { ...a.beads[0], id: 'b4', source: [], target: [] }] }),
    problem: 'Bead b4 is empty.',
  },
  {
    name: 'a duplicate bead id',
    breakIt: (a) => ({ ...a, beads: [a.beads[0], { ...a.beads[1], id: 'b1' }, a.beads[2]] }),
    problem: 'Bead id b1 is used twice.',
  },
  {
    name: 'a duplicate segment id across sides',
    breakIt: (a) => ({ ...a, target: [{ ...a.target[0], id: 's1' }, ...a.target.slice(1)] }),
    problem: 'Segment id s1 is used twice.',
  },
  {
    name: 'a segment on the wrong side',
    breakIt: (a) => ({ ...a, source: [{ ...a.source[0], side: 'target' }, ...a.source.slice(1)] }),
    problem: 'Segment s1 is listed as source but says it is target.',
  },
];

describe('validateAlignment', () => {
  it('accepts a valid alignment, including 1-0 and 0-n beads', () => {
    expect(validateAlignment(valid())).toEqual({ ok: true });
  });

  it('accepts an empty document', () => {
    expect(validateAlignment({ source: [], target: [], beads: [] })).toEqual({ ok: true });
  });

  it.each(broken)('reports $name', ({ breakIt, problem }) => {
    const result = validateAlignment(breakIt(valid()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(problem);
  });

  it('accepts a moved link whose target segments lie elsewhere (decision 022)', () => {
    const moved = alignmentOf(['b1: s1 = t1', 'b2 edited moved: s2 = t4 t5', 'b3: s3 = t2', 'b4: s4 = t3', 'b5: s5 = t6']);
    expect(validateAlignment(moved)).toEqual({ ok: true });
  });

  it.each([
    {
      name: 'a moved bead with one side',
      lines: ['b1: s1 = t1', 'b2 moved: s2 =', 'b3: = t2'],
      problem: 'Moved bead b2 must link segments on both sides.',
    },
    {
      name: 'a moved bead with gaps',
      lines: ['b1 moved: s1 = t2 t4', 'b2: s2 = t1 t3'],
      problem: 'Moved bead b1 lists target segment t4 out of document order.',
    },
    {
      name: 'crossing ordinary beads next to a moved one',
      lines: ['b1 moved: s1 = t3', 'b2: s2 = t2', 'b3: s3 = t1'],
      problem: 'Bead b3 lists target segment t1 out of document order.',
    },
    {
      name: 'a moved bead out of source order',
      lines: ['b1 moved: s2 = t3', 'b2: s1 = t1 t2'],
      problem: 'Bead b2 lists source segment s1 out of document order.',
    },
  ])('reports $name', ({ lines, problem }) => {
    const result = validateAlignment(alignmentOf(lines));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContain(problem);
  });

  it('caps the number of problems it lists', () => {
    const a = valid();
    const many = { ...a, beads: Array.from({ length: 50 }, (_, i) => ({ ...a.beads[0], id: `x${i}`, source: [], target: [] })) };
    const result = validateAlignment(many);
    expect(result.ok === false && result.problems.length).toBe(20);
  });
});

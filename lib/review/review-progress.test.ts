import { describe, expect, it } from 'vitest';
import type { BeadStatus } from './review-states';
import { progressFromCounts, reviewProgress } from './review-progress';

const many = (status: BeadStatus, n: number): BeadStatus[] => Array.from({ length: n }, () => status);

describe('reviewProgress: one definition of progress', () => {
  it('a signed-off document (12 approved, 7 excluded) is at 100%, not 12 of 19', () => {
    const progress = reviewProgress([...many('approved', 12), ...many('excluded', 7)]);
    expect(progress).toMatchObject({ beads: 19, excluded: 7, counted: 12, done: 12, ratio: 1, percent: 100 });
  });

  it.each([
    { name: 'no beads', statuses: [], counted: 0, done: 0, percent: 0 },
    { name: 'every bead excluded: nothing left to do', statuses: many('excluded', 3), counted: 0, done: 0, percent: 100 },
    { name: 'fresh from the engine', statuses: many('auto', 5), counted: 5, done: 0, percent: 0 },
    {
      name: 'confirmed and approved both count as done',
      statuses: ['confirmed', 'approved', 'edited', 'auto'] as BeadStatus[],
      counted: 4,
      done: 2,
      percent: 50,
    },
    {
      name: 'rejected beads are counted and not done',
      statuses: ['rejected', 'approved'] as BeadStatus[],
      counted: 2,
      done: 1,
      percent: 50,
    },
    {
      name: '199 of 200 rounds down, never to 100',
      statuses: [...many('approved', 199), 'auto'] as BeadStatus[],
      counted: 200,
      done: 199,
      percent: 99,
    },
    {
      name: '29 of 100 is 29 despite floating point',
      statuses: [...many('approved', 29), ...many('auto', 71)],
      counted: 100,
      done: 29,
      percent: 29,
    },
  ])('$name', ({ statuses, counted, done, percent }) => {
    expect(reviewProgress(statuses)).toMatchObject({ counted, done, percent });
  });

  it('counts from GROUP BY rows agree with counting statuses', () => {
    const statuses: BeadStatus[] = ['approved', 'approved', 'excluded', 'confirmed', 'rejected', 'auto'];
    expect(progressFromCounts({ approved: 2, excluded: 1, confirmed: 1, rejected: 1, auto: 1 })).toEqual(reviewProgress(statuses));
  });

  it('ignores negative or fractional counts instead of producing nonsense', () => {
    expect(progressFromCounts({ approved: -3, auto: 2.7 })).toMatchObject({ beads: 2, done: 0, percent: 0 });
  });
});

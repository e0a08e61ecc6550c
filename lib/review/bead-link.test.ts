import { describe, expect, it } from 'vitest';
import { beadFromQuery, beadHref } from './bead-link';

describe('bead deep links', () => {
  it('names the bead in the query', () => {
    expect(beadHref('p1', 'd1', 'b7')).toBe('/projects/p1/documents/d1?bead=b7');
    expect(beadHref('p1', 'd1', null)).toBe('/projects/p1/documents/d1');
  });
  it('escapes what it is given', () => {
    expect(beadHref('p/1', 'd?1', 'b&x=1')).toBe('/projects/p%2F1/documents/d%3F1?bead=b%26x%3D1');
  });
  it.each([
    [undefined, null],
    ['', null],
    ['cm1abc_DEF-2', 'cm1abc_DEF-2'],
    [['b1', 'b2'], 'b1'],
    ['<script>', null],
    ['../x', null],
    ['x'.repeat(101), null],
  ] as const)('beadFromQuery(%j) → %j', (value, expected) => {
    expect(beadFromQuery(value as string | string[] | undefined)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { FeatureMarks } from './feature-marks';

describe('FeatureMarks', () => {
  it('starts every set empty without clearing the array', () => {
    const m = new FeatureMarks();
    const first = m.begin(8);
    first.marks[3] = first.generation;
    first.marks[5] = first.generation;
    const second = m.begin(8);
    expect(second.marks).toBe(first.marks);
    expect([...second.marks].map((x) => x === second.generation)).toEqual(Array(8).fill(false));
    second.marks[5] = second.generation;
    expect(second.marks[5] === second.generation && second.marks[3] !== second.generation).toBe(true);
  });

  it('grows for larger ids and then starts from an empty array', () => {
    const m = new FeatureMarks();
    const small = m.begin(4);
    small.marks[1] = small.generation;
    const big = m.begin(100);
    expect(big.marks.length).toBeGreaterThanOrEqual(100);
    expect(big.marks.every((x) => x !== big.generation)).toBe(true);
  });

  it('clears once when the generation counter would overflow', () => {
    const m = new FeatureMarks();
    const set = m.begin(4);
    set.marks.fill(0x7ffffffe);
    // force the counter to its limit (private field, test only)
    (m as unknown as { generation: number }).generation = 0x7ffffffe;
    const next = m.begin(4);
    expect(next.generation).toBe(1);
    expect([...next.marks]).toEqual([0, 0, 0, 0]);
  });

  it('hands out a block of fresh generations, none of which an earlier set used', () => {
    const m = new FeatureMarks();
    const a = m.begin(4, 10);
    a.marks.fill(a.generation + 9);
    const b = m.begin(4, 3);
    expect(b.generation).toBe(a.generation + 10);
    expect(b.marks.every((x) => x < b.generation)).toBe(true);
  });

  it('clears before a block that would pass the limit, and refuses a block larger than the limit', () => {
    const m = new FeatureMarks();
    m.begin(4);
    (m as unknown as { generation: number }).generation = 0x7ffffff0 - 5;
    const next = m.begin(4, 10);
    expect(next.generation).toBe(1);
    expect([...next.marks]).toEqual([0, 0, 0, 0]);
    expect(() => m.begin(4, 0x7ffffff0)).toThrow(RangeError);
  });
});

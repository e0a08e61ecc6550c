import { describe, expect, it } from 'vitest';
import { initialLengthModel, lengthCost, reestimateLengthModel } from './length-model';

describe('length model', () => {
  it('takes the ratio from the document, not 1', () => {
    const lengths = Array.from({ length: 60 }, (_, k) => 30 + k);
    const model = initialLengthModel(
      Float64Array.from(lengths),
      Float64Array.from(lengths, (x) => 2 * x),
    );
    expect(model.ratio).toBeGreaterThan(1.8);
    expect(lengthCost(50, 50 * model.ratio, model)).toBeCloseTo(0, 5);
    expect(lengthCost(50, 50, model)).toBeGreaterThan(3);
  });

  it('shrinks the ratio of a short document toward 1', () => {
    const model = initialLengthModel(Float64Array.from([50, 40]), Float64Array.from([100, 80]));
    expect(model.ratio).toBeGreaterThan(1);
    expect(model.ratio).toBeLessThan(1.5);
  });

  it('costs grow with the mismatch', () => {
    const model = { ratio: 1, variance: 6.8 };
    const costs = [100, 120, 150, 200].map((t) => lengthCost(100, t, model));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('re-estimates ratio and variance from trusted beads', () => {
    const pairs: [number, number][] = Array.from({ length: 40 }, (_, k) => [10 + k, 2 * (10 + k) + (k % 3) - 1]);
    const model = reestimateLengthModel(pairs, { ratio: 1, variance: 6.8 });
    expect(model.ratio).toBeCloseTo(2, 0);
    expect(model.variance).toBeLessThan(6.8);
  });

  it('keeps the prior with too few beads', () => {
    const prior = { ratio: 1.5, variance: 6.8 };
    expect(reestimateLengthModel([[10, 10]], prior)).toBe(prior);
  });
});

// Property-style tests over seeded random alignments and operations: whatever the operation, the result is a valid
// alignment, the input is never mutated, undo restores the input exactly and redo restores the result exactly,
// including after the inverse went through JSON and the log schema (as it does via the database).

import { describe, expect, it } from 'vitest';
import { OperationError } from '../operation-error';
import type { Alignment } from '../types';
import { validateAlignment } from '../validate-alignment';
import { deepFreeze } from '../testing/alignment-fixtures';
import { type OperationResult, applyOperation } from './apply-operation';
import { type LoggedOperation, loggedOperationSchema, operationSchema } from './operation-schema';
import { randomAlignment, randomOperation, seededRandom } from '../testing/random-alignment';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const OPERATIONS_PER_SEED = 60;
/** Successful applications per operation type, so the suite fails if the generator stops reaching one. */
const appliedByType = new Map<string, number>();

function idsFrom(seed: number) {
  let next = 0;
  return {
    newId: () => {
      next += 1;
      return `x${seed}-${next}`;
    },
  };
}

/** Through JSON and the log schema, as the inverse would be stored and read back. */
function viaLog(op: LoggedOperation): LoggedOperation {
  return loggedOperationSchema.parse(JSON.parse(JSON.stringify(op)));
}

function tryApply(alignment: Alignment, op: LoggedOperation, ctx: { newId: () => string }): OperationResult | null {
  try {
    return applyOperation(alignment, op, ctx);
  } catch (error) {
    // Invalid random operations must fail with a typed error, never with anything else.
    expect(error).toBeInstanceOf(OperationError);
    return null;
  }
}

describe('applyOperation over random alignments', () => {
  it.each(SEEDS)('seed %i: every operation keeps the invariant and inverts exactly', (seed) => {
    const random = seededRandom(seed);
    const ctx = idsFrom(seed);
    let alignment = deepFreeze(randomAlignment(random));
    for (let i = 0; i < OPERATIONS_PER_SEED; i += 1) {
      const op = randomOperation(random, alignment);
      expect(operationSchema.safeParse(op).success).toBe(true);
      const snapshot = structuredClone(alignment);
      const result = tryApply(alignment, op, ctx);
      expect(alignment).toStrictEqual(snapshot);
      if (result === null) continue;
      appliedByType.set(op.type, (appliedByType.get(op.type) ?? 0) + 1);

      expect(validateAlignment(result.alignment)).toEqual({ ok: true });
      const undone = applyOperation(deepFreeze(result.alignment), viaLog(result.inverse), ctx);
      expect(undone.alignment).toStrictEqual(alignment);
      const redone = applyOperation(undone.alignment, viaLog(undone.inverse), ctx);
      expect(redone.alignment).toStrictEqual(result.alignment);
      expect(redone.changed).toEqual(result.changed);
      alignment = result.alignment;
    }
  });

  it('reached every operation type at least twenty times', () => {
    for (const type of operationSchema.options.map((option) => option.shape.type.value)) {
      expect(appliedByType.get(type) ?? 0, type).toBeGreaterThanOrEqual(20);
    }
  });

  it.each(SEEDS.slice(0, 10))('seed %i: a whole session undoes and redoes step by step', (seed) => {
    const random = seededRandom(seed * 7919);
    const ctx = idsFrom(seed);
    const states: Alignment[] = [deepFreeze(randomAlignment(random, 12))];
    const inverses: LoggedOperation[] = [];
    while (inverses.length < 40) {
      const current = states[states.length - 1];
      const result = tryApply(current, randomOperation(random, current), ctx);
      if (result === null) continue;
      states.push(deepFreeze(result.alignment));
      inverses.push(viaLog(result.inverse));
    }
    // Undo everything, newest first, keeping the redo patches.
    const redos: LoggedOperation[] = [];
    let alignment = states[states.length - 1];
    for (let i = inverses.length - 1; i >= 0; i -= 1) {
      const undone = applyOperation(alignment, inverses[i], ctx);
      expect(undone.alignment).toStrictEqual(states[i]);
      redos.push(viaLog(undone.inverse));
      alignment = undone.alignment;
    }
    // Redo everything, oldest first.
    for (let i = redos.length - 1, step = 1; i >= 0; i -= 1, step += 1) {
      alignment = applyOperation(alignment, redos[i], ctx).alignment;
      expect(alignment).toStrictEqual(states[step]);
    }
  });

  it('reports a stale inverse as VERSION_CONFLICT instead of corrupting the alignment', () => {
    const random = seededRandom(99);
    const ctx = idsFrom(99);
    let conflicts = 0;
    for (let i = 0; i < 200; i += 1) {
      const base = randomAlignment(random, 6);
      const first = tryApply(base, randomOperation(random, base), ctx);
      if (first === null || first.inverse.beads.length === 0) continue;
      const second = tryApply(first.alignment, randomOperation(random, first.alignment), ctx);
      if (second === null || second.changed.beads.length === 0) continue;
      // Undoing `first` on top of `second` skips an undo: it must either still fit exactly or be refused.
      try {
        const result = applyOperation(second.alignment, first.inverse, ctx);
        expect(validateAlignment(result.alignment)).toEqual({ ok: true });
      } catch (error) {
        expect(error).toMatchObject({ code: 'VERSION_CONFLICT' });
        conflicts += 1;
      }
    }
    expect(conflicts).toBeGreaterThan(0);
  });
});

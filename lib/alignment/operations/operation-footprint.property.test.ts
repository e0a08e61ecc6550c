// Property tests for co-editing (decision 042): changes whose footprints do not meet commute, and a simulated
// server that accepts stale operations only when nothing changed since their base meets them ends with exactly
// the alignment a serial replay of the accepted operations gives, each operation having done what its author saw.

import { describe, expect, it } from 'vitest';
import { OperationError } from '../operation-error';
import type { Alignment } from '../types';
import { randomAlignment, randomInt, randomOperation, seededRandom, type Random } from '../testing/random-alignment';
import { applyOperation, type OperationResult } from './apply-operation';
import { applyPatch } from './apply-patch';
import { footprintsMeet, operationFootprint, type Footprint } from './operation-footprint';
import type { Operation, RestorePatch } from './operation-schema';

/** New ids that depend on the operation, not on the order it runs in, so two orders can be compared. */
function idsFor(name: string) {
  let next = 0;
  return {
    newId: () => {
      next += 1;
      return `${name}-${next}`;
    },
  };
}

function tryApply(alignment: Alignment, op: Operation, name: string): OperationResult | null {
  try {
    return applyOperation(alignment, op, idsFor(name));
  } catch (error) {
    expect(error).toBeInstanceOf(OperationError);
    return null;
  }
}

function footprintOf(before: Alignment, op: Operation, result: OperationResult): Footprint {
  return operationFootprint(before, op, result);
}

/** The forward patch of a result, anchored by id (the inverse of its inverse). */
function forwardOf(result: OperationResult): RestorePatch {
  return applyPatch(result.alignment, result.inverse, 'VERSION_CONFLICT').inverse;
}

describe('operations whose footprints do not meet commute', () => {
  it('over random pairs of operations on random alignments', () => {
    let disjoint = 0;
    let meeting = 0;
    for (let seed = 1; seed <= 3000; seed += 1) {
      const random = seededRandom(seed);
      const start = randomAlignment(random, randomInt(random, 4, 14));
      const a = randomOperation(random, start);
      const b = randomOperation(random, start);
      const ra = tryApply(start, a, 'a');
      const rb = tryApply(start, b, 'b');
      if (ra === null || rb === null) continue;
      if (footprintsMeet(footprintOf(start, a, ra), footprintOf(start, b, rb))) {
        meeting += 1;
        continue;
      }
      disjoint += 1;
      // b planned on the state a left, and a planned on the state b left: the same alignment either way.
      const ab = tryApply(ra.alignment, b, 'b');
      const ba = tryApply(rb.alignment, a, 'a');
      expect(ab, `seed ${seed}: ${JSON.stringify([a, b])}`).not.toBeNull();
      expect(ba).not.toBeNull();
      expect(ab?.alignment).toStrictEqual(ba?.alignment);
      // And b did the same thing it would have done on the state its author saw.
      expect(footprintOf(ra.alignment, b, ab as OperationResult)).toEqual(footprintOf(start, b, rb));
    }
    expect(disjoint).toBeGreaterThan(300);
    expect(meeting).toBeGreaterThan(100);
  });
});

interface Accepted {
  op: Operation;
  name: string;
  footprint: Footprint;
  forward: RestorePatch;
}

/** Several users, each editing the version they last saw; the server's rule from apply-document-operation.ts. */
function simulate(random: Random, users: number, steps: number) {
  const initial = randomAlignment(random, randomInt(random, 12, 30));
  const states: Alignment[] = [initial];
  const log: Accepted[] = [];
  const seen = Array.from({ length: users }, () => 0);
  let stale = 0;
  let refused = 0;
  for (let step = 0; step < steps; step += 1) {
    const user = randomInt(random, 0, users - 1);
    const base = seen[user];
    const op = randomOperation(random, states[base]);
    const name = `u${user}s${step}`;
    // Only operations that make sense to their author on what they see are sent.
    if (tryApply(states[base], op, name) === null) continue;
    const current = states[states.length - 1];
    const result = tryApply(current, op, name);
    const footprint = result ? footprintOf(current, op, result) : null;
    const since = log.slice(base);
    if (result === null || footprint === null || since.some((change) => footprintsMeet(change.footprint, footprint))) {
      refused += 1;
      seen[user] = states.length - 1; // a refused user sees the current state
      continue;
    }
    if (since.length > 0) stale += 1;
    // What it did to its base state, carried through everything accepted since, is what it did to the current one.
    const onBase = tryApply(states[base], op, name) as OperationResult;
    let carried = onBase.alignment;
    for (const change of since) carried = applyPatch(carried, change.forward, 'VERSION_CONFLICT', { anchored: true }).alignment;
    expect(carried).toStrictEqual(result.alignment);
    log.push({ op, name, footprint, forward: forwardOf(result) });
    states.push(result.alignment);
    seen[user] = random() < 0.3 ? states.length - 1 : seen[user]; // sometimes a live update arrives
  }
  return { initial, final: states[states.length - 1], log, stale, refused };
}

describe('random interleavings of several users', () => {
  it.each([2, 3, 5])('%i users: stale operations are applied when they commute, and a serial replay matches', (users) => {
    let stale = 0;
    let refused = 0;
    for (let seed = 1; seed <= 60; seed += 1) {
      const run = simulate(seededRandom(seed * 31 + users), users, 40);
      stale += run.stale;
      refused += run.refused;
      let replay = run.initial;
      for (const entry of run.log) replay = (tryApply(replay, entry.op, entry.name) as OperationResult).alignment;
      expect(replay).toStrictEqual(run.final);
    }
    expect(stale).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(0);
  });
});

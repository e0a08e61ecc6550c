// Test support for the operation tables: apply, then check what every operation must guarantee (valid result,
// exact undo, exact redo) so each table row only states what is specific to it.

import { expect } from 'vitest';
import type { Alignment } from '../types';
import { validateAlignment } from '../validate-alignment';
import { beadLines, counterIds, deepFreeze, given } from './alignment-fixtures';
import { type OperationResult, applyOperation } from '../operations/apply-operation';
import type { Operation } from '../operations/operation-schema';

export function applyChecked(alignment: Alignment, op: Operation, ctx = counterIds()): OperationResult {
  const result = applyOperation(deepFreeze(alignment), op, ctx);
  expect(validateAlignment(result.alignment)).toEqual({ ok: true });
  const undone = applyOperation(result.alignment, result.inverse, ctx);
  expect(undone.alignment).toStrictEqual(alignment);
  expect(applyOperation(undone.alignment, undone.inverse, ctx).alignment).toStrictEqual(result.alignment);
  return result;
}

export interface OperationCase {
  name: string;
  beads: string[];
  texts?: Record<string, string>;
  op: Operation;
  /** Bead lines after the operation, or the error code it must throw. */
  expected: string[] | 'NOT_FOUND' | 'INVALID_OPERATION';
}

/** Runs one table row: either the bead lines after the operation match, or it throws the expected code. */
export function runCase({ beads, texts, op, expected }: OperationCase): OperationResult | null {
  const { alignment, ctx } = given(beads, texts);
  if (typeof expected === 'string') {
    expect(() => applyOperation(alignment, op, ctx)).toThrow(expect.objectContaining({ code: expected }));
    return null;
  }
  const result = applyChecked(alignment, op, ctx);
  expect(beadLines(result.alignment)).toEqual(expected);
  return result;
}

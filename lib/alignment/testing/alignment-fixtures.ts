// Test support: hand-made alignments written as one line per bead, and the reverse, so a table of operation cases
// reads like the editor screen. `'b1: s1 s2 = t1'` is bead b1 linking source s1, s2 to target t1; ids starting
// with `s` are source segments, with `t` target segments; `'b2 approved: s3 ='` sets a status (default `auto`);
// `'b3 edited moved: s4 = t9'` is a moved link (then each side's segments are ordered by their number, not by bead).

import type { Alignment, Bead, BeadStatus, Segment, Side } from '../types';
import type { OperationContext } from '../operations/plan-bead-operations';

export function alignmentOf(lines: readonly string[], texts: Readonly<Record<string, string>> = {}): Alignment {
  const beads = lines.map(parseBead);
  const segment =
    (side: Side) =>
    (id: string, index: number): Segment => ({
      id,
      side,
      paragraph: Math.floor(index / 3),
      text: texts[id] ?? `Sentence ${id}.`,
    });
  const order = (ids: string[]) => (beads.some((bead) => bead.moved) ? ids.slice().sort(byNumber) : ids);
  return {
    source: order(beads.flatMap((bead) => bead.source)).map(segment('source')),
    target: order(beads.flatMap((bead) => bead.target)).map(segment('target')),
    beads,
  };
}

function byNumber(a: string, b: string): number {
  return Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, '')) || a.localeCompare(b);
}

function parseBead(line: string): Bead {
  const match = /^(\S+)((?:\s+\w+)*):\s*(.*?)\s*=\s*(.*?)\s*$/.exec(line);
  if (match === null) throw new Error(`Cannot read bead line "${line}"`);
  const [, id, words, source, target] = match;
  const flags = words.split(/\s+/).filter((word) => word.length > 0);
  const moved = flags.includes('moved');
  const status = flags.find((word) => word !== 'moved') ?? 'auto';
  const ids = (list: string) => (list.length === 0 ? [] : list.split(/\s+/));
  const manual = status !== 'auto';
  return {
    id,
    source: ids(source),
    target: ids(target),
    origin: manual ? 'manual' : 'auto',
    confidence: manual ? null : 0.9,
    reason: manual ? null : 'length ratio',
    status: status as BeadStatus,
    ...(moved ? { moved: true as const } : {}),
  };
}

/** The bead lines of an alignment, always with the status: `'b1 edited: s1 s2 = t1'`, `'b2 edited moved: s2 = t7'`. */
export function beadLines(alignment: Alignment): string[] {
  return alignment.beads.map(
    (bead) => `${bead.id} ${bead.status}${bead.moved ? ' moved' : ''}: ${[...bead.source, '=', ...bead.target].join(' ')}`,
  );
}

/** Ids n1, n2, … in call order. */
export function counterIds(prefix = 'n'): OperationContext {
  let next = 0;
  return {
    newId: () => {
      next += 1;
      return `${prefix}${next}`;
    },
  };
}

/** Freezes an alignment deeply, so a test fails if an operation mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Arrange helper for operation tables: the alignment, frozen, and a fresh id counter. */
export function given(lines: readonly string[], texts: Readonly<Record<string, string>> = {}) {
  return { alignment: deepFreeze(alignmentOf(lines, texts)), ctx: counterIds() };
}

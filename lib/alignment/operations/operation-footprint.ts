// What a change read or wrote, as ids (decision 042): the footprint that decides whether two people's changes
// commute. An operation sent against an older version is applied anyway when no change made since then has a
// footprint that meets its own; two changes with disjoint footprints give the same alignment in either order.
// Pure data.

import type { Alignment } from '../types';
import type { Hunk, RestorePatch } from './operation-schema';

export interface Footprint {
  beads: string[];
  segments: string[];
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The ids a patch's hunks take out and put in, and, for a hunk that changes which items stand next to each
 * other, the neighbours on both sides: whatever read "the bead after X" (merge, move, join) reads them too.
 */
function hunkIds<T extends { id: string }>(items: readonly T[], hunks: readonly Hunk<T>[], into: Set<string>): void {
  const out = items.map((item) => item.id);
  for (const hunk of hunks) {
    const inserted = hunk.insert.map((item) => item.id);
    for (const id of hunk.remove) into.add(id);
    for (const id of inserted) into.add(id);
    if (!sameIds(hunk.remove, inserted)) {
      const before = out[hunk.at - 1];
      const after = out[hunk.at + hunk.remove.length];
      if (before !== undefined) into.add(before);
      if (after !== undefined) into.add(after);
    }
    out.splice(hunk.at, hunk.remove.length, ...inserted);
  }
}

/**
 * The footprint of `patch` applied to `before` (giving `after`): beads and segments it took out or put in, the
 * neighbours of every structural hunk, and the beads that hold any segment it touched (in either state). Taking
 * the inverse patch on `after` gives the same set, so a change's footprint can be read from its stored inverse.
 */
export function patchFootprint(before: Alignment, patch: RestorePatch, after: Alignment): Footprint {
  const beads = new Set<string>();
  const segments = new Set<string>();
  hunkIds(before.beads, patch.beads, beads);
  hunkIds(before.source, patch.source, segments);
  hunkIds(before.target, patch.target, segments);
  if (segments.size > 0) {
    for (const state of [before, after]) {
      for (const bead of state.beads) {
        if (bead.source.some((id) => segments.has(id)) || bead.target.some((id) => segments.has(id))) beads.add(bead.id);
      }
    }
  }
  return { beads: [...beads], segments: [...segments] };
}

/** The ids two footprints share (empty when the changes commute). */
export function footprintOverlap(a: Footprint, b: Footprint): Footprint {
  const beads = new Set(a.beads);
  const segments = new Set(a.segments);
  return { beads: b.beads.filter((id) => beads.has(id)), segments: b.segments.filter((id) => segments.has(id)) };
}

export function footprintsMeet(a: Footprint, b: Footprint): boolean {
  const overlap = footprintOverlap(a, b);
  return overlap.beads.length > 0 || overlap.segments.length > 0;
}

/** What an operation names: ids it reads even where it changes nothing (confirming a confirmed bead still needs it). */
export interface NamedIds {
  type: string;
  beadId?: string;
  beadIds?: readonly string[];
  fromBeadId?: string;
  segmentId?: string;
}

/**
 * The footprint of an operation that turned `before` into `result.alignment`: its patch's footprint (read from
 * the exact inverse), the beads and segment it names, the bead holding that segment, and for `confirmUpTo` every
 * bead up to the one it names.
 */
export function operationFootprint(before: Alignment, op: NamedIds, result: { alignment: Alignment; inverse: RestorePatch }): Footprint {
  const footprint = patchFootprint(result.alignment, result.inverse, before);
  const beads = new Set(footprint.beads);
  const segments = new Set(footprint.segments);
  for (const id of [op.beadId, op.fromBeadId, ...(op.beadIds ?? [])]) if (id !== undefined) beads.add(id);
  // "Confirm up to here" reads every bead up to here: one inserted or reopened there meanwhile is a conflict.
  if (op.type === 'confirmUpTo') {
    const end = before.beads.findIndex((bead) => bead.id === op.beadId);
    for (const bead of before.beads.slice(0, end + 1)) beads.add(bead.id);
  }
  if (op.segmentId !== undefined) {
    segments.add(op.segmentId);
    const holder = before.beads.find(
      (bead) => bead.source.includes(op.segmentId as string) || bead.target.includes(op.segmentId as string),
    );
    if (holder) beads.add(holder.id);
  }
  return { beads: [...beads], segments: [...segments] };
}

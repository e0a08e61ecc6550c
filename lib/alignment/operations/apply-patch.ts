// The one way an alignment changes: a patch of hunks per array (beads, source segments, target segments). Every
// operation is planned as a patch and applied here, which is what makes every inverse exact: the inverse hunks put
// back the very objects that were taken out, at the same positions (decision 009).

import { validateAlignment } from '../validate-alignment';
import { OperationError, type OperationErrorCode } from '../operation-error';
import type { Alignment, Bead, BeadStatus, Segment } from '../types';
import type { Hunk, RestorePatch } from './operation-schema';

export type ChangeKind = 'added' | 'removed' | 'updated';

/** `previousStatus` is the hook for the review workflow: an `approved` bead that changed has been reopened. */
export interface BeadChange {
  id: string;
  kind: ChangeKind;
  previousStatus: BeadStatus | null;
  status: BeadStatus | null;
}

export interface SegmentChange {
  id: string;
  kind: ChangeKind;
}

export interface ChangeSet {
  beads: BeadChange[];
  segments: SegmentChange[];
}

export interface OperationResult {
  alignment: Alignment;
  /** Applying it to `alignment` gives back the input exactly; applying its inverse in turn is redo. */
  inverse: RestorePatch;
  changed: ChangeSet;
}

export function makePatch(parts: Partial<Omit<RestorePatch, 'type'>>): RestorePatch {
  return { type: 'restore', beads: parts.beads ?? [], source: parts.source ?? [], target: parts.target ?? [] };
}

export function replaceItems<T extends { id: string }>(at: number, removed: readonly T[], insert: T[]): Hunk<T> {
  return { at, remove: removed.map((item) => item.id), insert };
}

/**
 * Applies the hunks in order. `invalidCode` is what a patch that does not fit is reported as: VERSION_CONFLICT
 * for stored patches (the alignment moved on), INVALID_OPERATION for freshly planned ones.
 */
export function applyPatch(
  alignment: Alignment,
  patch: RestorePatch,
  invalidCode: OperationErrorCode,
  options: { anchored?: boolean } = {},
): OperationResult {
  if (patch.beads.length === 0 && patch.source.length === 0 && patch.target.length === 0) {
    return { alignment, inverse: makePatch({}), changed: { beads: [], segments: [] } };
  }
  const anchored = options.anchored ?? false;
  const beads = applyHunks(alignment.beads, patch.beads, 'bead', invalidCode, anchored);
  const source = applyHunks(alignment.source, patch.source, 'source segment', invalidCode, anchored);
  const target = applyHunks(alignment.target, patch.target, 'target segment', invalidCode, anchored);
  const next: Alignment = { source: source.items, target: target.items, beads: beads.items };

  const validation = validateAlignment(next);
  if (!validation.ok) {
    throw new OperationError(invalidCode, `The change would break the alignment: ${validation.problems.join(' ')}`);
  }

  const beadChanges = compareItems(beads.removed, beads.inserted, sameBead).map(({ id, kind, before, after }) => ({
    id,
    kind,
    previousStatus: before?.status ?? null,
    status: after?.status ?? null,
  }));
  const segmentChanges = [
    ...compareItems(source.removed, source.inserted, sameSegment),
    ...compareItems(target.removed, target.inserted, sameSegment),
  ].map(({ id, kind }) => ({ id, kind }));

  return {
    alignment: next,
    inverse: makePatch({ beads: beads.inverse, source: source.inverse, target: target.inverse }),
    changed: { beads: beadChanges, segments: segmentChanges },
  };
}

interface HunksApplied<T> {
  items: T[];
  inverse: Hunk<T>[];
  removed: T[];
  inserted: T[];
}

function applyHunks<T extends { id: string }>(
  items: readonly T[],
  hunks: readonly Hunk<T>[],
  label: string,
  invalidCode: OperationErrorCode,
  anchored: boolean,
): HunksApplied<T> {
  const out = items.slice();
  const inverse: Hunk<T>[] = [];
  const removed: T[] = [];
  const inserted: T[] = [];
  for (const hunk of hunks) {
    const at = anchored ? anchoredAt(out, hunk) : hunk.at;
    if (at < 0 || at > out.length) {
      throw new OperationError(invalidCode, `A change starts at ${label} position ${hunk.at}, which is no longer there.`);
    }
    hunk.remove.forEach((id, k) => {
      if (out[at + k]?.id !== id) {
        throw new OperationError(invalidCode, `Expected ${label} ${id} at position ${at + k}.`);
      }
    });
    const after = at === 0 ? null : out[at - 1].id;
    const taken = out.splice(at, hunk.remove.length, ...hunk.insert);
    // Undo runs the hunks backwards, so the inverse of the last hunk comes first.
    inverse.unshift({ at, remove: hunk.insert.map((item) => item.id), insert: taken, after });
    removed.push(...taken);
    inserted.push(...hunk.insert);
  }
  return { items: out, inverse, removed, inserted };
}

/**
 * Where a stored hunk goes now, found by id rather than by position: at the first item it removes, or just after
 * the item that preceded it. -1 when that item is gone. Hunks stored without `after` keep their position.
 */
function anchoredAt<T extends { id: string }>(items: readonly T[], hunk: Hunk<T>): number {
  if (hunk.remove.length > 0) return items.findIndex((item) => item.id === hunk.remove[0]);
  if (hunk.after === undefined) return hunk.at;
  if (hunk.after === null) return 0;
  const before = items.findIndex((item) => item.id === hunk.after);
  return before < 0 ? -1 : before + 1;
}

interface ItemChange<T> {
  id: string;
  kind: ChangeKind;
  before: T | undefined;
  after: T | undefined;
}

/** Items taken out and put back unchanged (a hunk wider than the change) are not reported. */
function compareItems<T extends { id: string }>(
  removed: readonly T[],
  inserted: readonly T[],
  same: (a: T, b: T) => boolean,
): ItemChange<T>[] {
  const before = new Map(removed.map((item) => [item.id, item]));
  const after = new Map(inserted.map((item) => [item.id, item]));
  const changes: ItemChange<T>[] = [];
  for (const [id, item] of after) {
    const old = before.get(id);
    if (old === undefined) changes.push({ id, kind: 'added', before: undefined, after: item });
    else if (!same(old, item)) changes.push({ id, kind: 'updated', before: old, after: item });
  }
  for (const [id, item] of before) {
    if (!after.has(id)) changes.push({ id, kind: 'removed', before: item, after: undefined });
  }
  return changes;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export function sameBead(a: Bead, b: Bead): boolean {
  return (
    a.id === b.id &&
    sameIds(a.source, b.source) &&
    sameIds(a.target, b.target) &&
    a.origin === b.origin &&
    a.confidence === b.confidence &&
    a.reason === b.reason &&
    a.status === b.status &&
    a.moved === b.moved
  );
}

function sameSegment(a: Segment, b: Segment): boolean {
  return a.id === b.id && a.side === b.side && a.paragraph === b.paragraph && a.text === b.text;
}

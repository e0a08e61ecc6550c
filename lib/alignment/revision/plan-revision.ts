// A revision of a document (issue 14 part 2, decision 045), in two pure steps around the engine:
// `prepareRevision` diffs each side given and keeps every bead none of whose sentences was deleted (each is unchanged
// or corrected in place) and whose sentences still stand together: those are the engine's locks. The engine realigns
// the stretches between them (`realignBetweenLocks`): added sentences and what is left of beads that lost one.
// `finishRevision` maps its beads back: a lock is its old bead, as it was when nothing in it changed (links,
// status, labels, comments), or with the corrected sentences in place and sent back to review under the same id (its
// review history, snapshot diff and comments follow it); an engine bead with exactly an old bead's remaining links
// keeps that id too; anything else is a new `auto` bead.

import type { Alignment, Bead, BeadStatus, Segment } from '../types';
import { diffSide, unchangedSide, type RevisedSentence, type SideDiff } from './diff-side';

export type { RevisedSentence } from './diff-side';

/** The engine's input and output shapes (lib/align-engine), restated so this module stays free of the engine. */
export interface RevisionLock {
  source: number[];
  target: number[];
}
export interface RevisionEngineBead extends RevisionLock {
  confidence: number;
  reason: string;
}

export interface PreparedRevision {
  before: Alignment;
  source: SideDiff;
  target: SideDiff;
  /** What the engine sees: every source segment, and the target segments that are not the far end of a kept moved link. */
  engineSource: Segment[];
  engineTarget: Segment[];
  locks: RevisionLock[];
  /** Old beads kept (as they were, or with corrected sentences in place: `projected`), by the key of their lock. */
  lockBeads: Map<string, { bead: Bead; projected: Bead }>;
  /** Old beads with a change, by the key of their links after the revision (corrected sentences in place). */
  projected: Map<string, Bead>;
}

export interface RevisedBead {
  beadId: string;
  before: { source: string; target: string };
  after: { source: string; target: string };
}

export interface RevisionSummary {
  sides: ('source' | 'target')[];
  sentences: { kept: number; changed: number; added: number; removed: number };
  beads: { kept: number; changed: number; added: number; removed: number };
  /** Beads that kept their id with new text: the word diff the history and the editor show. */
  changed: RevisedBead[];
}

/** At most this many changed beads are listed with their texts in the log (the counts are always complete). */
export const MAX_LISTED_CHANGES = 200;

const keyOf = (source: readonly string[], target: readonly string[]) => `${source.join(',')}|${target.join(',')}`;

function consecutive(ids: readonly string[], index: ReadonlyMap<string, number>): boolean {
  return ids.every((id, k) => k === 0 || index.get(id) === (index.get(ids[k - 1]) ?? -2) + 1);
}

export function prepareRevision(
  before: Alignment,
  next: { source?: readonly RevisedSentence[]; target?: readonly RevisedSentence[] },
  newId: () => string,
): PreparedRevision {
  const source = next.source ? diffSide(before.source, next.source, 'source', newId) : unchangedSide(before.source);
  const target = next.target ? diffSide(before.target, next.target, 'target', newId) : unchangedSide(before.target);
  const srcAt = new Map(source.segments.map((s, i) => [s.id, i]));
  const tgtAll = new Map(target.segments.map((s, i) => [s.id, i]));
  const map = (ids: readonly string[], side: SideDiff) =>
    ids.flatMap((id) => (side.kept.has(id) ? [id] : side.replacedBy.has(id) ? [side.replacedBy.get(id)!] : []));
  const projectedOf = (bead: Bead): Bead => ({ ...bead, source: map(bead.source, source), target: map(bead.target, target) });
  // A bead is kept when none of its sentences was deleted (each is unchanged or corrected in place) and they still
  // stand together: a corrected sentence still translates what it translated, so the link a person made or approved
  // is better evidence than the engine (which would, say, split a pair whose numbers no longer agree).
  const keptAs = (bead: Bead): Bead | null => {
    const projected = projectedOf(bead);
    const whole = projected.source.length === bead.source.length && projected.target.length === bead.target.length;
    return whole && consecutive(projected.source, srcAt) && consecutive(projected.target, tgtAll) ? projected : null;
  };
  const keptBeads = before.beads.flatMap((bead) => {
    const projected = keptAs(bead);
    return projected ? [{ bead, projected }] : [];
  });
  // A kept moved link crosses other beads, which the monotonic engine cannot express: it sees its source side as a
  // locked omission and never sees its target segments (as realign does, decision 022).
  const movedTargets = new Set(keptBeads.flatMap(({ projected }) => (projected.moved ? projected.target : [])));
  const engineTarget = target.segments.filter((s) => !movedTargets.has(s.id));
  const tgtAt = new Map(engineTarget.map((s, i) => [s.id, i]));
  const lockBeads = new Map<string, { bead: Bead; projected: Bead }>();
  const locks = keptBeads.map((kept) => {
    const { projected } = kept;
    const lock = {
      source: projected.source.map((id) => srcAt.get(id)!),
      target: projected.moved ? [] : projected.target.map((id) => tgtAt.get(id)!),
    };
    lockBeads.set(keyOf(lock.source.map(String), lock.target.map(String)), kept);
    return lock;
  });
  const keptIds = new Set(keptBeads.map(({ bead }) => bead.id));
  const projected = new Map<string, Bead>();
  for (const bead of before.beads) {
    if (keptIds.has(bead.id)) continue;
    const links = projectedOf(bead);
    if (links.source.length + links.target.length > 0) projected.set(keyOf(links.source, links.target), bead);
  }
  return { before, source, target, engineSource: source.segments, engineTarget, locks, lockBeads, projected };
}

/**
 * The engine's answer when every segment is in a kept bead (only corrections, no sentence added or deleted): the
 * locks themselves, in document order, so the engine need not run. Null when something is left to realign.
 */
export function lockedOnly(plan: PreparedRevision): RevisionEngineBead[] | null {
  const locked = plan.locks.reduce((n, lock) => n + lock.source.length + lock.target.length, 0);
  if (locked !== plan.engineSource.length + plan.engineTarget.length) return null;
  return plan.locks.map((lock) => ({ ...lock, confidence: 1, reason: 'kept' }));
}

/** Where a bead whose text changed goes: back to review; an excluded bead stays excluded, an unreviewed one unreviewed. */
export function revisedStatus(status: BeadStatus): BeadStatus {
  if (status === 'excluded' || status === 'auto') return status;
  return 'edited';
}

function textOf(bead: Pick<Bead, 'source' | 'target'>, segments: ReadonlyMap<string, Segment>) {
  return {
    source: bead.source.map((id) => segments.get(id)?.text ?? '').join(' '),
    target: bead.target.map((id) => segments.get(id)?.text ?? '').join(' '),
  };
}

export function finishRevision(
  plan: PreparedRevision,
  engineBeads: readonly RevisionEngineBead[],
  newId: () => string,
): { alignment: Alignment; summary: Omit<RevisionSummary, 'sides'> } {
  const { before, source, target, engineSource, engineTarget } = plan;
  const used = new Set<string>();
  let added = 0;
  let kept = 0;
  const changed: RevisedBead[] = [];
  const oldSegments = new Map([...before.source, ...before.target].map((s) => [s.id, s]));
  const newSegments = new Map([...source.segments, ...target.segments].map((s) => [s.id, s]));
  const beads = engineBeads.map((proposed): Bead => {
    const lock = plan.lockBeads.get(keyOf(proposed.source.map(String), proposed.target.map(String)));
    if (lock && !used.has(lock.bead.id)) {
      used.add(lock.bead.id);
      const { bead, projected } = lock;
      const same = projected.source.every((id, k) => id === bead.source[k]) && projected.target.every((id, k) => id === bead.target[k]);
      if (same) {
        kept++;
        return bead;
      }
      const revised: Bead = { ...projected, status: revisedStatus(bead.status) };
      changed.push({ beadId: bead.id, before: textOf(bead, oldSegments), after: textOf(revised, newSegments) });
      return revised;
    }
    const links = { source: proposed.source.map((i) => engineSource[i].id), target: proposed.target.map((j) => engineTarget[j].id) };
    const confidence = Math.round(proposed.confidence * 1000) / 1000;
    const old = plan.projected.get(keyOf(links.source, links.target));
    if (old && !used.has(old.id)) {
      used.add(old.id);
      const manual = old.origin === 'manual';
      const bead: Bead = {
        id: old.id,
        ...links,
        origin: old.origin,
        confidence: manual ? null : confidence,
        reason: manual ? null : proposed.reason,
        status: revisedStatus(old.status),
      };
      changed.push({ beadId: old.id, before: textOf(old, oldSegments), after: textOf(bead, newSegments) });
      return old.moved ? { ...bead, moved: true } : bead;
    }
    added++;
    return { id: newId(), ...links, origin: 'auto', confidence, reason: proposed.reason, status: 'auto' };
  });
  const sentences = {
    kept: source.kept.size + target.kept.size,
    changed: source.replacedBy.size + target.replacedBy.size,
    added: source.added.size + target.added.size,
    removed: source.removed.size + target.removed.size,
  };
  return {
    alignment: { source: source.segments, target: target.segments, beads },
    summary: {
      sentences,
      beads: { kept, changed: changed.length, added, removed: before.beads.length - kept - changed.length },
      changed: changed.slice(0, MAX_LISTED_CHANGES),
    },
  };
}

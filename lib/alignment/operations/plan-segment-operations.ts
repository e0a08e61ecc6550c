// Planning the operations that change segments themselves: split a segment's text, join two segments, edit a text.
// The bead holding a changed segment becomes `edited`; joining across beads merges the beads in between.

import { locateSegment } from '../alignment-lookup';
import { invalidOperation } from '../operation-error';
import type { Alignment, Segment } from '../types';
import { makePatch, replaceItems } from './apply-patch';
import { assertEditable, assertNotMoved, editedBead } from './bead-edits';
import type { Operation, RestorePatch } from './operation-schema';
import type { OperationContext } from './plan-bead-operations';

type Op<T extends Operation['type']> = Extract<Operation, { type: T }>;

/**
 * Splits at a UTF-16 offset. Whitespace at the cut is dropped, so neither half starts or ends with the separator;
 * both halves must keep visible text. The first half keeps the id; the second is a new segment right after it in the same bead.
 */
export function planSplitSegment(alignment: Alignment, op: Op<'splitSegment'>, ctx: OperationContext): RestorePatch {
  const { segment, side, segmentIndex, beadIndex, position } = locateSegment(alignment, op.segmentId);
  const { text } = segment;
  if (op.offset <= 0 || op.offset >= text.length) {
    throw invalidOperation(`Offset ${op.offset} is outside segment ${segment.id} (its text has ${text.length} characters).`);
  }
  if (isHighSurrogate(text.charCodeAt(op.offset - 1))) {
    throw invalidOperation(`Offset ${op.offset} falls inside a character of segment ${segment.id}.`);
  }
  const head = text.slice(0, op.offset).trimEnd();
  const tail = text.slice(op.offset).trimStart();
  if (head.length === 0 || tail.length === 0) {
    throw invalidOperation(`Splitting segment ${segment.id} at ${op.offset} would leave an empty segment.`);
  }
  const bead = alignment.beads[beadIndex];
  assertEditable([bead]);
  const added: Segment = { id: ctx.newId(), side, paragraph: segment.paragraph, text: tail };
  const ids = [...bead[side]];
  ids.splice(position + 1, 0, added.id);
  const edited = editedBead(bead, side === 'source' ? ids : bead.source, side === 'target' ? ids : bead.target);
  return makePatch({
    beads: [replaceItems(beadIndex, [bead], [edited])],
    [side]: [replaceItems(segmentIndex, [segment], [{ ...segment, text: head }, added])],
  });
}

/**
 * Joins a segment with the next one on its side. Between two consecutive segments of one side there can only be
 * beads holding other-side segments, so when they sit in different beads, the beads from the first to the second
 * (inclusive) merge into one: the joined sentence keeps every translation that was linked to either half.
 * The joined segment keeps the first segment's id and paragraph.
 */
export function planJoinSegments(alignment: Alignment, op: Op<'joinSegments'>): RestorePatch {
  const first = locateSegment(alignment, op.segmentId);
  const { side } = first;
  const nextSegment = alignment[side][first.segmentIndex + 1];
  if (nextSegment === undefined) {
    throw invalidOperation(`Segment ${op.segmentId} is the last ${side} segment; nothing follows to join with.`);
  }
  const second = locateSegment(alignment, nextSegment.id);
  if (second.beadIndex !== first.beadIndex) {
    // Across beads only ordinary ones can sit between two neighbouring segments; a moved link breaks that.
    assertNotMoved(alignment.beads.slice(Math.min(first.beadIndex, second.beadIndex), Math.max(first.beadIndex, second.beadIndex) + 1));
  }
  const removedBeads = alignment.beads.slice(first.beadIndex, second.beadIndex + 1);
  assertEditable(removedBeads);
  const without = (ids: string[]) => ids.filter((id) => id !== nextSegment.id);
  const merged = editedBead(
    removedBeads[0],
    without(removedBeads.flatMap((bead) => bead.source)),
    without(removedBeads.flatMap((bead) => bead.target)),
  );
  const joined: Segment = { ...first.segment, text: joinTexts(first.segment.text, nextSegment.text) };
  return makePatch({
    beads: [replaceItems(first.beadIndex, removedBeads, [merged])],
    [side]: [replaceItems(first.segmentIndex, [first.segment, nextSegment], [joined])],
  });
}

export function planEditText(alignment: Alignment, op: Op<'editText'>): RestorePatch {
  const { segment, side, segmentIndex, beadIndex } = locateSegment(alignment, op.segmentId);
  if (op.text.trim().length === 0) {
    throw invalidOperation(`Segment ${segment.id} cannot be emptied; exclude its bead instead.`);
  }
  if (op.text === segment.text) return makePatch({});
  const bead = alignment.beads[beadIndex];
  return makePatch({
    beads: [replaceItems(beadIndex, [bead], [editedBead(bead, bead.source, bead.target, bead.id, 'editText')])],
    [side]: [replaceItems(segmentIndex, [segment], [{ ...segment, text: op.text }])],
  });
}

/** One space between the halves unless one of them already brings whitespace. */
export function joinTexts(a: string, b: string): string {
  if (a.length === 0 || b.length === 0 || /\s$/.test(a) || /^\s/.test(b)) return a + b;
  return `${a} ${b}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// Derives what the list draws from the server state: each bead with its segments resolved, where paragraphs
// start, and its confidence band. Pure; recomputed (memoised) whenever the server state changes.

import type { Side } from '@/lib/alignment/types';
import type { AlignmentState, EditorBead, EditorSegment } from '../sync/editor-document';

/** Confidence bands; the engine is calibrated so that >= 0.9 is right at least 90% of the time. */
export const CONFIDENCE = { high: 0.9, low: 0.6 } as const;
export type ConfidenceBand = 'high' | 'mid' | 'low' | 'manual';

export interface RowSegment extends EditorSegment {
  /** First segment of a paragraph on its side. */
  paragraphStart: boolean;
}

export interface BeadRow {
  index: number;
  bead: EditorBead;
  source: RowSegment[];
  target: RowSegment[];
  band: ConfidenceBand;
  /** Either side starts a new paragraph in this bead (drawn as a boundary above the row). */
  paragraphStart: boolean;
}

export interface SegmentPlace {
  side: Side;
  beadIndex: number;
  position: number;
}

export interface DocumentIndex {
  rows: BeadRow[];
  /** Where each segment sits; lets the selection follow a segment through operations. */
  segments: Map<string, SegmentPlace>;
  beadIndex: Map<string, number>;
}

export function confidenceBand(confidence: number | null): ConfidenceBand {
  if (confidence === null) return 'manual';
  if (confidence >= CONFIDENCE.high) return 'high';
  return confidence < CONFIDENCE.low ? 'low' : 'mid';
}

export function isLowConfidence(bead: EditorBead): boolean {
  return bead.confidence !== null && bead.confidence < CONFIDENCE.low;
}

export function buildIndex(state: AlignmentState): DocumentIndex {
  const text = new Map<string, EditorSegment>();
  for (const s of state.source) text.set(s.id, s);
  for (const s of state.target) text.set(s.id, s);
  const lastParagraph: Record<Side, number> = { source: -1, target: -1 };
  const segments = new Map<string, SegmentPlace>();
  const beadIndex = new Map<string, number>();

  // The target of a moved link comes from elsewhere: it neither starts a paragraph here nor moves the cursor.
  // Plain object literals, not spreads: on a page's first open this runs cold, where a spread of 4,000 segments
  // cost several times as much (decision 040).
  const resolve = (ids: string[], side: Side, index: number, elsewhere = false): RowSegment[] =>
    ids.map((id, position) => {
      segments.set(id, { side, beadIndex: index, position });
      const segment = text.get(id);
      const paragraph = segment ? segment.paragraph : lastParagraph[side];
      const paragraphStart = !elsewhere && paragraph !== lastParagraph[side] && lastParagraph[side] !== -1;
      if (!elsewhere) lastParagraph[side] = paragraph;
      return { id, text: segment ? segment.text : '', paragraph, paragraphStart };
    });

  const rows = state.beads.map((bead, index): BeadRow => {
    beadIndex.set(bead.id, index);
    const source = resolve(bead.source, 'source', index);
    const target = resolve(bead.target, 'target', index, bead.moved);
    return {
      index,
      bead,
      source,
      target,
      band: confidenceBand(bead.confidence),
      paragraphStart: (source[0]?.paragraphStart ?? false) || (target[0]?.paragraphStart ?? false),
    };
  });
  return { rows, segments, beadIndex };
}

/** "2:1", "1:0" — the shape of a bead. */
export function beadShape(bead: EditorBead): string {
  return `${bead.source.length}:${bead.target.length}`;
}

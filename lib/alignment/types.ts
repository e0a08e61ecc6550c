// The alignment of one document as plain data. Shared by the engine's output adapter, the editor
// operations, the review workflow and the exporters. Pure: no Next, React or Prisma imports.

import type { BeadStatus } from '@/lib/review/review-states';

export type Side = 'source' | 'target';

export interface Segment {
  id: string;
  side: Side;
  /** 0-based paragraph index on its side. */
  paragraph: number;
  text: string;
}

export type BeadOrigin = 'auto' | 'manual';

/** Editor states first, reviewer states last: declared by the review workflow (lib/review/review-states.ts). */
export type { BeadStatus };

export interface Bead {
  id: string;
  /** Source segment ids, in document order (may be empty: an addition, 0-n). */
  source: string[];
  /** Target segment ids, in document order (may be empty: an omission, n-0). */
  target: string[];
  origin: BeadOrigin;
  /** Engine confidence in [0, 1]; null when a person made the link. */
  confidence: number | null;
  /** Short engine reason ("numbers 2024, 10 match"); null for manual beads. */
  reason: string | null;
  status: BeadStatus;
  /**
   * A moved link (decision 022): the bead sits at its source position, but its target segments lie elsewhere in
   * the target document (a paragraph the other edition moved). Absent on ordinary beads. Only moved beads may
   * cross other beads; their target segments are still consecutive among themselves.
   */
  moved?: true;
}

/**
 * A whole document's alignment. Segments are listed per side in document order; beads are in source order and
 * together cover every segment of both sides exactly once, monotonically, except the target side of moved beads.
 */
export interface Alignment {
  source: Segment[];
  target: Segment[];
  beads: Bead[];
}

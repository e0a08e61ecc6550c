// What the user is doing besides browsing: editing a segment's text, relinking two beads, reading a history,
// writing a rejection reason, picking labels, or reading and writing comments.

import type { HistoryLoad } from '../review/segment-history';
import type { TextSpan } from '../beads/text-span';

export type EditorMode =
  | { kind: 'browse' }
  | { kind: 'edit'; segmentId: string }
  | { kind: 'relink'; beadId: string }
  | { kind: 'history'; segmentId: string; load: HistoryLoad }
  | { kind: 'reject'; beadId: string }
  /** The label picker and the comment panel follow the selection as it moves. */
  | { kind: 'labels' }
  | { kind: 'comments'; span: TextSpan | null };

export const BROWSE: EditorMode = { kind: 'browse' };

/** Modes whose panel has the keyboard: list shortcuts wait until it closes. */
export function panelOwnsKeys(mode: EditorMode): boolean {
  return mode.kind === 'edit' || mode.kind === 'relink' || mode.kind === 'reject';
}

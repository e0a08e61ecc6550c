// What the user is doing besides browsing: editing a segment's text, relinking two beads, reading a history.

import type { HistoryLoad } from './segment-history';

export type EditorMode =
  | { kind: 'browse' }
  | { kind: 'edit'; segmentId: string }
  | { kind: 'relink'; beadId: string }
  | { kind: 'history'; segmentId: string; load: HistoryLoad };

export const BROWSE: EditorMode = { kind: 'browse' };

// The `M` key (and the dock's "Moved link" button), decision 022: on a moved link it unlinks it; on an omission or
// an addition it marks the bead, and on the partner bead it sends `linkMoved` for the pair. Pure: the server
// re-checks everything; this only explains what the user can fix by moving.

import type { EditorOperation } from '../sync/editor-document';
import type { BeadRow, DocumentIndex } from '../beads/bead-rows';

export type MovedLinkStep =
  | { kind: 'mark'; beadId: string | null; message: string }
  | { kind: 'send'; operation: EditorOperation; label: string }
  | { kind: 'refuse'; message: string };

const oneSided = (row: BeadRow) => (row.source.length === 0) !== (row.target.length === 0);

export function movedLinkStep(index: DocumentIndex, row: BeadRow, mark: string | null): MovedLinkStep {
  const number = row.index + 1;
  if (row.bead.moved) {
    return { kind: 'send', operation: { type: 'unlinkMoved', beadId: row.bead.id }, label: `Unlinked the moved link of bead ${number}` };
  }
  if (!oneSided(row)) {
    return {
      kind: 'refuse',
      message: 'A moved link joins a bead with only source text and one with only target text; this bead has both.',
    };
  }
  const markedAt = mark === null ? undefined : index.beadIndex.get(mark);
  if (mark === null || markedAt === undefined) {
    const want = row.source.length > 0 ? 'the addition (target only)' : 'the omission (source only)';
    return {
      kind: 'mark',
      beadId: row.bead.id,
      message: `Bead ${number} marked for a moved link: select ${want} it belongs to and press M (Esc cancels).`,
    };
  }
  if (markedAt === row.index) return { kind: 'mark', beadId: null, message: 'Moved-link mark cleared.' };
  const partner = index.rows[markedAt];
  if (partner.source.length > 0 === row.source.length > 0) {
    return {
      kind: 'refuse',
      message: `Bead ${markedAt + 1} and bead ${number} are both ${row.source.length > 0 ? 'omissions' : 'additions'}; pick one of each.`,
    };
  }
  if (Math.abs(markedAt - row.index) === 1) {
    return { kind: 'refuse', message: 'These beads are next to each other: merge them (m) instead.' };
  }
  return {
    kind: 'send',
    operation: { type: 'linkMoved', beadIds: [partner.bead.id, row.bead.id] },
    label: `Linked bead ${markedAt + 1} and bead ${number} as a moved link`,
  };
}

/** "moved · target from ¶4": where the far side of a moved link sits (paragraphs counted from 1). */
export function movedMarker(row: BeadRow): string | null {
  if (!row.bead.moved) return null;
  const paragraph = row.target[0]?.paragraph;
  return paragraph === undefined ? 'moved' : `moved · target from ¶${paragraph + 1}`;
}

// The `M` key (and the dock's "Moved link" button), decision 022: on a moved link it unlinks it; on an omission or
// an addition it marks the bead, and on the partner bead it sends `linkMoved` for the pair. Pure: the server
// re-checks everything; this only explains what the user can fix by moving, in the reader's language (`t`).

import type { Translate } from '@/lib/i18n/translator';
import type { EditorOperation } from '../sync/editor-document';
import type { BeadRow, DocumentIndex } from '../beads/bead-rows';

export type MovedLinkStep =
  | { kind: 'mark'; beadId: string | null; message: string }
  | { kind: 'send'; operation: EditorOperation; label: string }
  | { kind: 'refuse'; message: string };

const oneSided = (row: BeadRow) => (row.source.length === 0) !== (row.target.length === 0);

export function movedLinkStep(index: DocumentIndex, row: BeadRow, mark: string | null, t: Translate<'hints'>): MovedLinkStep {
  const number = row.index + 1;
  if (row.bead.moved) {
    return { kind: 'send', operation: { type: 'unlinkMoved', beadId: row.bead.id }, label: t('unlinkedMoved', { number }) };
  }
  if (!oneSided(row)) {
    return { kind: 'refuse', message: t('bothSides') };
  }
  const markedAt = mark === null ? undefined : index.beadIndex.get(mark);
  if (mark === null || markedAt === undefined) {
    const want = row.source.length > 0 ? 'addition' : 'omission';
    return { kind: 'mark', beadId: row.bead.id, message: t('marked', { number, want }) };
  }
  if (markedAt === row.index) return { kind: 'mark', beadId: null, message: t('markCleared') };
  const partner = index.rows[markedAt];
  if (partner.source.length > 0 === row.source.length > 0) {
    const kind = row.source.length > 0 ? 'omissions' : 'additions';
    return { kind: 'refuse', message: t('sameKind', { first: markedAt + 1, second: number, kind }) };
  }
  if (Math.abs(markedAt - row.index) === 1) {
    return { kind: 'refuse', message: t('neighbours') };
  }
  return {
    kind: 'send',
    operation: { type: 'linkMoved', beadIds: [partner.bead.id, row.bead.id] },
    label: t('linkedMoved', { first: markedAt + 1, second: number }),
  };
}

/** "moved · target from ¶4": where the far side of a moved link sits (paragraphs counted from 1). */
export function movedMarker(row: BeadRow, t: Translate<'editor'>): string | null {
  if (!row.bead.moved) return null;
  const paragraph = row.target[0]?.paragraph;
  return paragraph === undefined ? t('moved') : t('movedFrom', { paragraph: paragraph + 1 });
}

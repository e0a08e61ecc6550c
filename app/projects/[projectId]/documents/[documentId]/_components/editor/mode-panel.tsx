// The panel for the current mode, inside the bead dock: text editor, relink, history, rejection reason, labels or
// comments.

import { useTranslations } from 'next-intl';
import type { DocumentIndex } from '../beads/bead-rows';
import { CommentPanel } from '../comments/comment-panel';
import type { EditorMode } from './editor-mode';
import { LabelPicker } from '../review/label-picker';
import { toggleLabel } from '../review/label-set';
import { RejectBox } from '../review/reject-box';
import { RelinkPanel } from '../operations/relink-panel';
import { reviewApi } from '../review/review-api';
import type { ResolvedSelection } from '../beads/selection';
import { SegmentEditor } from '../operations/segment-editor';
import { SegmentHistory } from '../review/segment-history';
import type { DocumentSync } from '../sync/use-document-sync';

interface Props {
  documentId: string;
  mode: EditorMode;
  index: DocumentIndex;
  selection: ResolvedSelection | null;
  langs: { source: string; target: string };
  busy: boolean;
  /** May add labels and comments now (role, not signed off, connected). */
  canAnnotate: boolean;
  sync: DocumentSync;
  onDone: () => void;
}

export function ModePanel({ documentId, mode, index, selection, langs, busy, canAnnotate, sync, onDone }: Props) {
  const t = useTranslations('hints');
  const tEditor = useTranslations('editor');
  const labelName = useTranslations('beadLabels.name');
  const sendThenClose = async (operation: Parameters<DocumentSync['send']>[0]) => {
    // A refused edit stays open to be fixed; a conflict or a lost request keeps the change in the banner instead.
    const outcome = await sync.send(operation);
    if (outcome === 'saved' || outcome === 'conflict' || outcome === 'unsaved') onDone();
  };

  if (mode.kind === 'edit') {
    const place = index.segments.get(mode.segmentId);
    if (!place) return null;
    const segment = index.rows[place.beadIndex][place.side][place.position];
    return (
      <SegmentEditor
        key={`${segment.id}:${segment.text}`}
        segment={segment}
        label={tEditor('segmentLabel', { side: place.side, position: place.position + 1, number: place.beadIndex + 1 })}
        lang={langs[place.side]}
        busy={busy}
        onSave={(text) =>
          void sendThenClose({ kind: 'operation', operation: { type: 'editText', segmentId: segment.id, text }, label: t('editedText') })
        }
        onSplitAt={(offset) =>
          void sendThenClose({
            kind: 'operation',
            operation: { type: 'splitSegment', segmentId: segment.id, offset },
            label: t('splitSegment'),
          })
        }
        onCancel={onDone}
        onHint={sync.hint}
      />
    );
  }
  if (mode.kind === 'relink') {
    const at = index.beadIndex.get(mode.beadId);
    if (at === undefined || at + 1 >= index.rows.length) return null;
    const [first, second] = [index.rows[at], index.rows[at + 1]];
    return (
      <RelinkPanel
        key={`${first.bead.id}:${second.bead.id}`}
        first={first}
        second={second}
        langs={langs}
        busy={busy}
        onApply={(sourceAt, targetAt) =>
          void sendThenClose({
            kind: 'operation',
            operation: { type: 'relink', beadIds: [first.bead.id, second.bead.id], sourceAt, targetAt },
            label: t('relinked', { first: at + 1, second: at + 2 }),
          })
        }
        onCancel={onDone}
      />
    );
  }
  if (mode.kind === 'history') {
    const place = index.segments.get(mode.segmentId);
    return <SegmentHistory load={mode.load} lang={place ? langs[place.side] : langs.source} onClose={onDone} />;
  }
  if (mode.kind === 'reject') {
    const at = index.beadIndex.get(mode.beadId);
    if (at === undefined) return null;
    return (
      <RejectBox
        key={mode.beadId}
        beadNumber={at + 1}
        busy={busy}
        onReject={(reason) =>
          void sendThenClose({ kind: 'review', beadId: mode.beadId, decision: 'reject', reason, label: t('rejected', { number: at + 1 }) })
        }
        onCancel={onDone}
      />
    );
  }
  if (!selection) return null;
  const { row } = selection;
  if (mode.kind === 'labels') {
    return (
      <LabelPicker
        beadNumber={row.index + 1}
        labels={row.bead.labels}
        readOnly={!canAnnotate}
        saving={sync.annotating}
        onToggle={(label) => {
          if (sync.annotating) return sync.hint(t('labelBusy'));
          const labels = toggleLabel(row.bead.labels, label);
          void sync.annotate(
            () => reviewApi.setLabels(documentId, row.bead.id, labels),
            t('labelsSaved', { number: row.index + 1, labels: labels.map((l) => labelName(l)).join(', ') || t('noLabels') }),
          );
        }}
        onClose={onDone}
      />
    );
  }
  if (mode.kind === 'comments') {
    return <CommentPanel documentId={documentId} row={row} span={mode.span} canWrite={canAnnotate} sync={sync} onClose={onDone} />;
  }
  return null;
}

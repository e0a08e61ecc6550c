'use client';

// Runs a named command (from a key or a button) against the current selection: navigation changes the selection,
// everything else becomes one request through the operation API. Returns false when the command does not apply.

import { useTranslations } from 'next-intl';
import type { Dispatch, SetStateAction } from 'react';
import { isConfirmed, type Permissions } from '../sync/editor-document';
import { isLowConfidence, type BeadRow, type DocumentIndex } from '../beads/bead-rows';
import { buildOperation } from '../operations/build-operation';
import { documentApi } from '../sync/document-api';
import { failureText } from '@/lib/http/api-outcome';
import { panelOwnsKeys, type EditorMode } from './editor-mode';
import type { HistoryLoad } from '../review/segment-history';
import type { CommandName } from './keyboard-map';
import { memorySearchHref } from './memory-search';
import { movedLinkStep } from '../operations/moved-link-command';
import { isReviewCommand, runReviewCommand } from '../review/review-commands';
import {
  allShown,
  findRow,
  selectRow,
  stepRow,
  stepSegment,
  withSide,
  type ListView,
  type ResolvedSelection,
  type Selection,
} from '../beads/selection';
import type { DocumentSync } from '../sync/use-document-sync';

interface Context {
  documentId: string;
  projectId: string;
  index: DocumentIndex;
  /** What the list shows; the selection is always one of its rows (resolveShownSelection). */
  view: ListView;
  selection: ResolvedSelection | null;
  select: (selection: Selection) => void;
  mode: EditorMode;
  setMode: Dispatch<SetStateAction<EditorMode>>;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  permissions: Permissions;
  canWrite: boolean;
  /** Signed off: nothing changes until a reviewer reopens the document. */
  locked: boolean;
  sync: DocumentSync;
  focusSearch: () => void;
  /** The bead marked as one half of a moved link (`M`), waiting for its partner. */
  movedMark: string | null;
  setMovedMark: (beadId: string | null) => void;
  /** Beads with an open QA flag (decision 041). */
  qaOpen: ReadonlySet<string>;
}

const needsUnconfirmed = (row: BeadRow) => !isConfirmed(row.bead) && row.bead.status !== 'excluded';

export function useEditorCommands(ctx: Context): (command: CommandName) => boolean {
  const { index, view, selection: sel, select, sync } = ctx;
  const visible = view.rows;
  const t = useTranslations('hints');
  const tApi = useTranslations('api');

  const go = (row: BeadRow | null, notFound?: string) => {
    if (row) select(selectRow(row, sel?.side ?? 'source', 0));
    else if (notFound) sync.hint(notFound);
    return true;
  };

  const write = (allowed: boolean, action: () => void) => {
    if (!allowed) sync.hint(t('notAllowed'));
    else if (sync.isBusy()) sync.hint(t('stillSaving'));
    else if (ctx.locked) sync.hint(t('signedOff'));
    else if (!ctx.canWrite) sync.hint(t('offline'));
    else action();
    return true;
  };

  const openHistory = async (segmentId: string) => {
    ctx.setMode({ kind: 'history', segmentId, load: { state: 'loading' } });
    const result = await documentApi.history(ctx.documentId, segmentId);
    const load: HistoryLoad = result.ok
      ? { state: 'loaded', events: result.data }
      : { state: 'failed', message: failureText(result, tApi) };
    // Only if the user is still waiting for this history (not closed, not moved on).
    ctx.setMode((mode) => (mode.kind === 'history' && mode.segmentId === segmentId ? { ...mode, load } : mode));
  };

  return (command) => {
    if (ctx.helpOpen) {
      if (command === 'help' || command === 'escape') ctx.setHelpOpen(false);
      return true;
    }
    if (panelOwnsKeys(ctx.mode)) return false;
    if (command === 'help') return (ctx.setHelpOpen(true), true);
    if (command === 'search') return (ctx.focusSearch(), true);
    if (command === 'searchMemory') {
      // The words selected in a segment, searched in this project's memory in a new tab (the editor stays as it is).
      const href = memorySearchHref(window.getSelection()?.toString(), ctx.projectId);
      if (href) window.open(href, '_blank', 'noopener');
      else sync.hint(t('selectWordsToSearch'));
      return true;
    }
    if (command === 'escape') {
      if (ctx.movedMark !== null) ctx.setMovedMark(null);
      if (ctx.mode.kind !== 'browse') ctx.setMode({ kind: 'browse' });
      else sync.dismiss();
      return true;
    }
    if (command === 'undo' || command === 'redo') {
      // Editors undo edits, reviewers their decisions: the server checks the change at the top of the log.
      return write(ctx.permissions.align || ctx.permissions.review, () => void sync.send({ kind: command }));
    }
    switch (command) {
      case 'nextBead':
        return go(stepRow(visible, sel, 1));
      case 'prevBead':
        return go(stepRow(visible, sel, -1));
      case 'firstBead':
        return go(visible[0] ?? null);
      case 'lastBead':
        return go(visible[visible.length - 1] ?? null);
      case 'nextUnconfirmed':
        return go(findRow(visible, sel, needsUnconfirmed, 1), t('allConfirmed'));
      case 'prevUnconfirmed':
        return go(findRow(visible, sel, needsUnconfirmed, -1), t('allConfirmed'));
      case 'nextLow':
        return go(
          findRow(visible, sel, (r) => isLowConfidence(r.bead), 1),
          t('noLow'),
        );
      case 'prevLow':
        return go(
          findRow(visible, sel, (r) => isLowConfidence(r.bead), -1),
          t('noLow'),
        );
      case 'nextQa':
      case 'prevQa':
        return go(
          findRow(visible, sel, (r) => ctx.qaOpen.has(r.bead.id), command === 'nextQa' ? 1 : -1),
          t('noQa'),
        );
    }
    if (!sel) return false;
    if (isReviewCommand(command)) {
      return runReviewCommand(command, { sel, permissions: ctx.permissions, sync, setMode: ctx.setMode, write, t });
    }
    switch (command) {
      case 'switchSide':
        return (select(withSide(sel, sel.side === 'source' ? 'target' : 'source')), true);
      case 'sourceSide':
        return (select(withSide(sel, 'source')), true);
      case 'targetSide':
        return (select(withSide(sel, 'target')), true);
      case 'prevSegment':
        return (select(stepSegment(sel, -1)), true);
      case 'nextSegment':
        return (select(stepSegment(sel, 1)), true);
      case 'history':
        if (!sel.segment) return (sync.hint(t('selectSegment')), true);
        void openHistory(sel.segment.id);
        return true;
      case 'edit':
        return write(ctx.permissions.editText, () =>
          sel.segment ? ctx.setMode({ kind: 'edit', segmentId: sel.segment.id }) : sync.hint(t('noSideSegment', { side: sel.side })),
        );
      case 'movedLink':
        return write(ctx.permissions.align, () => {
          const step = movedLinkStep(index, sel.row, ctx.movedMark, t);
          if (step.kind === 'mark') {
            ctx.setMovedMark(step.beadId);
            sync.hint(step.message);
          } else if (step.kind === 'refuse') {
            sync.hint(step.message);
          } else {
            ctx.setMovedMark(null);
            void sync.send({ kind: 'operation', operation: step.operation, label: step.label });
          }
        });
      case 'relink':
        return write(ctx.permissions.align, () =>
          sel.row.index >= index.rows.length - 1
            ? sync.hint(t('lastNoRelink'))
            : !allShown(view, sel.row.index + 1, sel.row.index + 1)
              ? sync.hint(t('hiddenRelink', { number: sel.row.index + 2 }))
              : ctx.setMode({ kind: 'relink', beadId: sel.row.bead.id }),
        );
      default: {
        const built = buildOperation(command, index, sel, view, t);
        const allowed = command === 'join' ? ctx.permissions.editText : ctx.permissions.align;
        return write(allowed, () =>
          built.ok ? void sync.send({ kind: 'operation', operation: built.operation, label: built.label }) : sync.hint(built.message),
        );
      }
    }
  };
}

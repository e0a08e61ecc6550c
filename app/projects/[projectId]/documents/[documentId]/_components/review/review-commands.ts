// The review and annotation commands (`a`, `x`, `X`, `t`, `i`) against the selected bead: decisions and
// exclusions are requests through the one sync path; the reason box, label picker and comment panel are modes.

import type { Dispatch, SetStateAction } from 'react';
import type { Translate } from '@/lib/i18n/translator';
import type { Permissions } from '../sync/editor-document';
import type { EditorMode } from '../editor/editor-mode';
import type { CommandName } from '../editor/keyboard-map';
import type { ResolvedSelection } from '../beads/selection';
import { readTextSpan } from '../beads/text-span';
import type { DocumentSync } from '../sync/use-document-sync';

export type ReviewCommand = Extract<CommandName, 'approve' | 'reject' | 'exclude' | 'labels' | 'comments'>;

export function isReviewCommand(command: CommandName): command is ReviewCommand {
  return command === 'approve' || command === 'reject' || command === 'exclude' || command === 'labels' || command === 'comments';
}

interface Context {
  sel: ResolvedSelection;
  permissions: Permissions;
  sync: DocumentSync;
  setMode: Dispatch<SetStateAction<EditorMode>>;
  /** Runs `action` if the role may and the document can take a change now; otherwise says why not. */
  write: (allowed: boolean, action: () => void) => boolean;
  t: Translate<'hints'>;
}

export function runReviewCommand(command: ReviewCommand, { sel, permissions, sync, setMode, write, t }: Context): boolean {
  const { bead, index } = sel.row;
  const number = index + 1;
  switch (command) {
    case 'approve':
      return write(permissions.review, () => {
        if (bead.status === 'approved') sync.hint(t('alreadyApproved', { number }));
        else if (bead.status === 'excluded') sync.hint(t('excludedNoApprove', { number }));
        else void sync.send({ kind: 'review', beadId: bead.id, decision: 'approve', label: t('approved', { number }) });
      });
    case 'reject':
      return write(permissions.review, () => {
        if (bead.status === 'rejected') sync.hint(t('alreadyRejected', { number }));
        else if (bead.status === 'excluded') sync.hint(t('excludedNoReject', { number }));
        else setMode({ kind: 'reject', beadId: bead.id });
      });
    case 'exclude': {
      const event = bead.status === 'excluded' ? 'include' : 'exclude';
      return write(
        permissions.align,
        () =>
          void sync.send({
            kind: 'operation',
            operation: { type: 'review', beadIds: [bead.id], event },
            label: event === 'exclude' ? t('excluded', { number }) : t('included', { number }),
          }),
      );
    }
    case 'labels':
      if (!permissions.comment) sync.hint(t('noLabelsRole'));
      else setMode({ kind: 'labels' });
      return true;
    case 'comments':
      // Words selected in a segment make the new comment a span comment (read now, before focus moves).
      setMode({ kind: 'comments', span: readTextSpan(window.getSelection()) });
      return true;
  }
}

'use client';

// The comment panel (`i`) for the selected bead: its threads, oldest first, and a box for a new one. With words
// selected in one of the bead's segments when the panel opened, the new thread sits on that span. It follows the
// selection, so `j`/`k` in the list read the next bead's comments.

import { useTranslations } from 'next-intl';
import { failureText } from '@/lib/http/api-outcome';
import type { BeadRow } from '../beads/bead-rows';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';
import styles from '../editor/editor.module.css';
import { reviewApi } from '../review/review-api';
import type { CommentAnchor } from './comment-anchor';
import type { TextSpan } from '../beads/text-span';
import { useBeadComments } from './use-bead-comments';
import type { DocumentSync } from '../sync/use-document-sync';

interface Props {
  documentId: string;
  row: BeadRow;
  span: TextSpan | null;
  canWrite: boolean;
  sync: DocumentSync;
  onClose: () => void;
}

export function CommentPanel({ documentId, row, span, canWrite, sync, onClose }: Props) {
  const t = useTranslations('comments');
  const tApi = useTranslations('api');
  const { load, reload } = useBeadComments(documentId, row.bead.id);
  const number = row.index + 1;
  // A span selected in another bead does not belong here.
  const inBead = span && [...row.source, ...row.target].some((s) => s.id === span.segmentId) ? span : null;
  const anchor: CommentAnchor = inBead
    ? { segmentId: inBead.segmentId, spanStart: inBead.start, spanEnd: inBead.end }
    : { beadId: row.bead.id };

  const stored = async (result: Awaited<ReturnType<typeof reviewApi.comment>>): Promise<boolean> => {
    reload();
    if (result.ok && result.data.unknownMentions.length > 0) {
      sync.hint(t('unknownMentions', { handles: result.data.unknownMentions.map((m) => `@${m}`).join(', ') }));
    }
    return result.ok;
  };
  const create = async (body: string) => stored(await sync.annotate(() => reviewApi.comment(documentId, anchor, body), t('posted')));
  const reply = async (threadId: string, body: string) =>
    stored(await sync.annotate(() => reviewApi.reply(documentId, threadId, body), t('replied')));
  const resolve = async (threadId: string, resolved: boolean) => {
    await sync.annotate(() => reviewApi.setResolved(documentId, threadId, resolved), resolved ? t('threadResolved') : t('threadReopened'));
    reload();
  };

  return (
    <section className={styles.comments} aria-label={t('panel', { number })} data-testid="comment-panel">
      <div className={styles.historyHead}>
        <strong>{t('panel', { number })}</strong>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')} <kbd>Esc</kbd>
        </button>
      </div>
      {load === null || 'state' in load ? (
        <p className="muted">{t('loading')}</p>
      ) : !load.ok ? (
        <p className="error">{failureText(load, tApi)}</p>
      ) : load.data.length === 0 ? (
        <p className={styles.dockLabel}>{t('none')}</p>
      ) : (
        <ol className={styles.threads}>
          {load.data.map((thread) => (
            <CommentThread key={thread.id} thread={thread} canWrite={canWrite} onReply={reply} onResolve={(id, r) => void resolve(id, r)} />
          ))}
        </ol>
      )}
      {canWrite ? (
        <>
          {inBead && (
            <p className={styles.dockLabel}>
              {t('onSelection')} <q className={styles.quote}>{inBead.quote}</q>
            </p>
          )}
          <CommentForm
            key={row.bead.id}
            autoFocus
            label={t('newLabel', { number })}
            placeholder={t('placeholder')}
            submitLabel={inBead ? t('submitSelection') : t('submit')}
            disabled={false}
            onSubmit={create}
            onCancel={onClose}
          />
        </>
      ) : (
        <p className={styles.dockLabel}>{t('readOnly')}</p>
      )}
    </section>
  );
}

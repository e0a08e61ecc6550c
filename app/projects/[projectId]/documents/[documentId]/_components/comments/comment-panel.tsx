'use client';

// The comment panel (`i`) for the selected bead: its threads, oldest first, and a box for a new one. With words
// selected in one of the bead's segments when the panel opened, the new thread sits on that span. It follows the
// selection, so `j`/`k` in the list read the next bead's comments.

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
  const { load, reload } = useBeadComments(documentId, row.bead.id);
  // A span selected in another bead does not belong here.
  const inBead = span && [...row.source, ...row.target].some((s) => s.id === span.segmentId) ? span : null;
  const anchor: CommentAnchor = inBead
    ? { segmentId: inBead.segmentId, spanStart: inBead.start, spanEnd: inBead.end }
    : { beadId: row.bead.id };

  const stored = async (result: Awaited<ReturnType<typeof reviewApi.comment>>): Promise<boolean> => {
    reload();
    if (result.ok && result.data.unknownMentions.length > 0) {
      sync.hint(`Posted, but no member of this project matches ${result.data.unknownMentions.map((m) => `@${m}`).join(', ')}.`);
    }
    return result.ok;
  };
  const create = async (body: string) => stored(await sync.annotate(() => reviewApi.comment(documentId, anchor, body), 'Comment posted'));
  const reply = async (threadId: string, body: string) =>
    stored(await sync.annotate(() => reviewApi.reply(documentId, threadId, body), 'Reply posted'));
  const resolve = async (threadId: string, resolved: boolean) => {
    await sync.annotate(() => reviewApi.setResolved(documentId, threadId, resolved), resolved ? 'Thread resolved' : 'Thread reopened');
    reload();
  };

  return (
    <section className={styles.comments} aria-label={`Comments on bead ${row.index + 1}`} data-testid="comment-panel">
      <div className={styles.historyHead}>
        <strong>Comments on bead {row.index + 1}</strong>
        <button type="button" className="secondary" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {load === null || 'state' in load ? (
        <p className="muted">Loading…</p>
      ) : !load.ok ? (
        <p className="error">{load.message}</p>
      ) : load.data.length === 0 ? (
        <p className={styles.dockLabel}>No comments on this bead yet.</p>
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
              On the selected text: <q className={styles.quote}>{inBead.quote}</q>
            </p>
          )}
          <CommentForm
            key={row.bead.id}
            autoFocus
            label={`New comment on bead ${row.index + 1}`}
            placeholder="Write a comment… @name or @email mentions a project member"
            submitLabel={inBead ? 'Comment on the selection' : 'Comment'}
            disabled={false}
            onSubmit={create}
            onCancel={onClose}
          />
        </>
      ) : (
        <p className={styles.dockLabel}>Comments are read-only here (your role, a signed-off document, or no connection).</p>
      )}
    </section>
  );
}

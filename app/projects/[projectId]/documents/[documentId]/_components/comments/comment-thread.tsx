'use client';

// One comment thread: the quoted text (for a span comment), the first comment and its replies, with Reply and
// Resolve / Reopen. Resolving applies to the whole thread.

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CommentForm } from './comment-form';
import styles from '../editor/editor.module.css';
import { splitMentions } from './mentions';
import type { CommentThread as Thread, CommentView as EditorComment } from '@/lib/comments/comment-view-schema';
import { LocalTime } from '@/app/_components/local-time';

function CommentBody({ comment }: { comment: EditorComment }) {
  return (
    <div className={styles.comment}>
      <p className={styles.commentMeta}>
        <strong>{comment.author.name}</strong> · <LocalTime value={comment.createdAt} />
      </p>
      <p className={styles.commentText}>
        {splitMentions(comment.body).map((part, i) =>
          part.kind === 'mention' ? (
            <span key={i} className={styles.mention}>
              {part.text}
            </span>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}

interface Props {
  thread: Thread;
  canWrite: boolean;
  onReply: (threadId: string, body: string) => Promise<boolean>;
  onResolve: (threadId: string, resolved: boolean) => void;
}

export function CommentThread({ thread, canWrite, onReply, onResolve }: Props) {
  const t = useTranslations('comments');
  const [replying, setReplying] = useState(false);
  return (
    <li
      className={`${styles.thread} ${thread.resolved ? styles.threadResolved : ''}`}
      data-testid="comment-thread"
      data-resolved={thread.resolved}
    >
      {thread.quote !== null && <blockquote className={styles.quote}>“{thread.quote}”</blockquote>}
      <CommentBody comment={thread} />
      {thread.replies.map((reply) => (
        <CommentBody key={reply.id} comment={reply} />
      ))}
      {replying && (
        <CommentForm
          autoFocus
          label={t('reply')}
          placeholder={t('replyPlaceholder')}
          submitLabel={t('reply')}
          disabled={!canWrite}
          onSubmit={async (body) => {
            const stored = await onReply(thread.threadId, body);
            if (stored) setReplying(false);
            return stored;
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      <div className={styles.threadActions}>
        {thread.resolved && <span className={styles.resolvedBadge}>{t('resolved')}</span>}
        {canWrite && !replying && (
          <button type="button" className={styles.linkButton} onClick={() => setReplying(true)}>
            {t('reply')}
          </button>
        )}
        {canWrite && (
          <button type="button" className={styles.linkButton} onClick={() => onResolve(thread.threadId, !thread.resolved)}>
            {thread.resolved ? t('reopen') : t('resolve')}
          </button>
        )}
      </div>
    </li>
  );
}

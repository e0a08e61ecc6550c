'use client';

// Signing a document off makes it read-only: asked for in a dialog (issue 12) with an optional note for the
// history, and a warning when comment threads are still open (they stay in history but nobody answers them).
// The one sign-off dialog: the editor's heading and the review queue both open it.

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import styles from './sign-off-dialog.module.css';

interface Props {
  /** The document's title, named in the question (the review queue lists many). */
  title?: string;
  openThreads: number;
  canSend: boolean;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}

export function SignOffDialog({ title, openThreads, canSend, onConfirm, onCancel }: Props) {
  const t = useTranslations('signOff');
  const [note, setNote] = useState('');
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="sign-off-title"
      className={styles.dialog}
      data-testid="sign-off-dialog"
      // The editor's shortcuts listen on the window: keys typed here stay here.
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="sign-off-title">{title ? t('titleNamed', { title }) : t('title')}</h2>
      <p>{t('readOnly')}</p>
      {openThreads > 0 && (
        <p role="alert" className={styles.warn} data-testid="open-threads-warning">
          {t.rich('openThreads', { count: openThreads, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      )}
      <label>
        {t('note')}
        <textarea autoFocus value={note} maxLength={2000} rows={3} onChange={(event) => setNote(event.target.value)} />
      </label>
      <p className={styles.buttons}>
        <button type="button" disabled={!canSend} onClick={() => onConfirm(note.trim())}>
          {t('confirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}

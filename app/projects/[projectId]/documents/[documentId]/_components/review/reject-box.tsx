'use client';

// The reviewer's reason for a rejection (`x`): required, because the editor fixes the bead from it. Enter sends,
// Esc cancels. A refused rejection keeps the box open with the text.

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ALIGNMENT_LIMITS } from '@/lib/alignment/alignment-schema';
import { CancelButton } from '../editor/cancel-button';
import { editBoxKeys } from '../editor/edit-box-keys';
import styles from '../editor/editor.module.css';

interface Props {
  beadNumber: number;
  busy: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

export function RejectBox({ beadNumber, busy, onReject, onCancel }: Props) {
  const t = useTranslations('rejectBox');
  const [reason, setReason] = useState('');
  const blank = reason.trim() === '';
  const submit = () => {
    if (!blank) onReject(reason.trim());
  };
  return (
    <div className={styles.editor}>
      <label className={styles.rejectLabel}>
        {t('label', { number: beadNumber })}
        <input
          autoFocus
          type="text"
          value={reason}
          maxLength={ALIGNMENT_LIMITS.reasonLength}
          disabled={busy}
          placeholder={t('placeholder')}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={editBoxKeys({ submit, cancel: onCancel })}
        />
      </label>
      <div className={styles.buttons}>
        <button type="button" className="danger" disabled={busy || blank} onClick={submit}>
          {t('submit')} <kbd>Enter</kbd>
        </button>
        <CancelButton label={t('cancel')} busy={busy} onCancel={onCancel} />
      </div>
    </div>
  );
}

'use client';

// The selected bead's translation QA flags in the dock (decision 041): what disagrees, and for reviewers a way to
// dismiss a flag with a reason (it then stops counting and leaves the exports) or to restore a dismissed one.

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { failureText, type Outcome } from '@/lib/http/api-outcome';
import type { QaFlag } from '@/lib/qa/qa-flags';
import { MAX_DISMISS_REASON_CHARS, type QaDismissalAnswer } from '@/lib/qa/qa-flags-schema';
import styles from './qa.module.css';
import { qaFindingText } from './finding-text';

interface Props {
  flags: readonly QaFlag[];
  /** The role may dismiss (reviewers and admins) and the document is writable and reachable. */
  canDismiss: boolean;
  onDismiss: (fingerprint: string, reason: string) => Promise<Outcome<QaDismissalAnswer>>;
  onRestore: (fingerprint: string) => Promise<Outcome<QaDismissalAnswer>>;
}

export function QaPanel({ flags, canDismiss, onDismiss, onRestore }: Props) {
  const t = useTranslations('qa');
  const tApi = useTranslations('api');
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<Outcome<QaDismissalAnswer>>) => {
    setPending(true);
    setError(null);
    const result = await action();
    setPending(false);
    if (!result.ok) return setError(failureText(result, tApi));
    setDismissing(null);
    setReason('');
  };
  const submit = (event: FormEvent, fingerprint: string) => {
    event.preventDefault();
    if (reason.trim() === '') return setError(t('reasonRequired'));
    void run(() => onDismiss(fingerprint, reason.trim()));
  };

  return (
    <section className={styles.panel} aria-label={t('heading')} data-testid="qa-panel">
      <h3>{t('heading')}</h3>
      <ul className={styles.items}>
        {flags.map((flag) => (
          <li key={flag.fingerprint} className={`${styles.item} ${flag.dismissed ? styles.dismissed : ''}`} data-qa-check={flag.check}>
            <strong>{t(`check.${flag.check}`)}</strong>
            <span className={styles.message}>{qaFindingText(flag, t)}</span>
            {flag.dismissed ? (
              <>
                <span data-testid="qa-dismissed">{t('dismissedBy', { name: flag.dismissed.by, reason: flag.dismissed.reason })}</span>
                {canDismiss && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={pending}
                    onClick={() => void run(() => onRestore(flag.fingerprint))}
                  >
                    {t('restore')}
                  </button>
                )}
              </>
            ) : (
              canDismiss &&
              dismissing !== flag.fingerprint && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setDismissing(flag.fingerprint);
                    setReason('');
                    setError(null);
                  }}
                >
                  {t('dismiss')}
                </button>
              )
            )}
            {dismissing === flag.fingerprint && !flag.dismissed && (
              <form className={styles.form} onSubmit={(event) => submit(event, flag.fingerprint)}>
                <input
                  aria-label={t('reasonLabel')}
                  placeholder={t('reasonLabel')}
                  value={reason}
                  maxLength={MAX_DISMISS_REASON_CHARS}
                  autoFocus
                  onChange={(event) => setReason(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') setDismissing(null);
                  }}
                />
                <button type="submit" disabled={pending}>
                  {t('dismissSend')}
                </button>
                <button type="button" className="secondary" onClick={() => setDismissing(null)}>
                  {t('cancel')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

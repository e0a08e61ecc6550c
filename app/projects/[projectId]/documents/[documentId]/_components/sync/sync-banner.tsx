// Says whether work is saved. Above the list, the alerts: refused, conflict (with "Re-apply my change"), not saved
// (with "Try again"), offline, changed by someone else. In the dock, the quiet line: saving, saved, hints.

import { useTranslations } from 'next-intl';
import styles from '../editor/editor.module.css';
import type { Intent, SyncNotice } from './use-document-sync';

interface Props {
  notice: SyncNotice | null;
  pending: Intent | null;
  connected: boolean;
  staleVersion: number | null;
  onSend: (intent: Intent) => void;
  onReload: () => void;
  onDismiss: () => void;
}

export function SyncBanner({ notice, pending, connected, staleVersion, onSend, onReload, onDismiss }: Props) {
  const t = useTranslations('sync');
  return (
    <div className={styles.banners}>
      {!connected && (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`} data-testid="offline-banner">
          <strong>{t('offlineTitle')}</strong> {t('offlineText')}
        </p>
      )}
      {staleVersion !== null && !pending && (
        <p role="status" className={`${styles.banner} ${styles.bannerWarn}`}>
          {t('stale', { version: staleVersion })}{' '}
          <button type="button" className="secondary" onClick={onReload}>
            {t('showCurrent')}
          </button>
        </p>
      )}
      {!pending && notice && <NoticeLine notice={notice} onSend={onSend} onDismiss={onDismiss} />}
    </div>
  );
}

/**
 * The quiet note at the top right of the dock: saving (and how many keys wait their turn), saved, or a hint; and
 * keys that were dropped because the change before them failed.
 */
export function SaveStatus({
  notice,
  pending,
  waiting = 0,
  dropped = 0,
}: {
  notice: SyncNotice | null;
  pending: Intent | null;
  waiting?: number;
  dropped?: number;
}) {
  const t = useTranslations('sync');
  const quiet = notice && (notice.kind === 'saved' || notice.kind === 'hint') ? notice : null;
  const saving = waiting > 0 ? `${t('saving')} ${t('waiting', { count: waiting })}` : t('saving');
  return (
    <p
      role="status"
      className={`${styles.statusLine} ${quiet?.kind === 'saved' && !pending ? styles.saved : ''}`}
      data-testid="save-status"
    >
      {pending || waiting > 0 ? saving : (quiet?.message ?? '')}
      {dropped > 0 && <strong data-testid="dropped-keys"> {t('dropped', { count: dropped })}</strong>}
    </p>
  );
}

function NoticeLine({ notice, onSend, onDismiss }: { notice: SyncNotice; onSend: (intent: Intent) => void; onDismiss: () => void }) {
  const t = useTranslations('sync');
  switch (notice.kind) {
    case 'saved':
    case 'hint':
      return null;
    case 'refused':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`}>
          {notice.message}{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </p>
      );
    case 'unsaved':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`}>
          {notice.message}{' '}
          <button type="button" onClick={() => onSend(notice.intent)}>
            {t('tryAgain')}
          </button>{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </p>
      );
    case 'conflict':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerWarn}`} data-testid="conflict-banner">
          <strong>{t('conflict')}</strong> {notice.message}{' '}
          {notice.intent && (
            <button type="button" onClick={() => notice.intent && onSend(notice.intent)}>
              {t('reapply')}
            </button>
          )}{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </p>
      );
  }
}

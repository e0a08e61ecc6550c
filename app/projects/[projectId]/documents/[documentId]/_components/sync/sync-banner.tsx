// Says whether work is saved. Above the list, the alerts: refused, conflict (with "Re-apply my change"), not saved
// (with "Try again"), offline, changed by someone else. In the dock, the quiet line: saving, saved, hints.

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
  return (
    <div className={styles.banners}>
      {!connected && (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`} data-testid="offline-banner">
          <strong>Offline — not saved.</strong> The server cannot be reached, so changes cannot be saved; editing resumes when the
          connection is back. Everything saved before stays saved.
        </p>
      )}
      {staleVersion !== null && !pending && (
        <p role="status" className={`${styles.banner} ${styles.bannerWarn}`}>
          Someone else changed this document (now version {staleVersion}).{' '}
          <button type="button" className="secondary" onClick={onReload}>
            Show the current version
          </button>
        </p>
      )}
      {!pending && notice && <NoticeLine notice={notice} onSend={onSend} onDismiss={onDismiss} />}
    </div>
  );
}

const keys = (n: number) => (n === 1 ? '1 key' : `${n} keys`);

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
  const quiet = notice && (notice.kind === 'saved' || notice.kind === 'hint') ? notice : null;
  const queued = waiting > 0 ? ` ${keys(waiting)} waiting` : '';
  return (
    <p
      role="status"
      className={`${styles.statusLine} ${quiet?.kind === 'saved' && !pending ? styles.saved : ''}`}
      data-testid="save-status"
    >
      {pending || waiting > 0 ? `Saving…${queued}` : (quiet?.message ?? '')}
      {dropped > 0 && (
        <strong data-testid="dropped-keys">
          {' '}
          {keys(dropped)} not run: the change before {dropped === 1 ? 'it' : 'them'} was not saved.
        </strong>
      )}
    </p>
  );
}

function NoticeLine({ notice, onSend, onDismiss }: { notice: SyncNotice; onSend: (intent: Intent) => void; onDismiss: () => void }) {
  switch (notice.kind) {
    case 'saved':
    case 'hint':
      return null;
    case 'refused':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`}>
          {notice.message}{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      );
    case 'unsaved':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerDanger}`}>
          {notice.message}{' '}
          <button type="button" onClick={() => onSend(notice.intent)}>
            Try again
          </button>{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      );
    case 'conflict':
      return (
        <p role="alert" className={`${styles.banner} ${styles.bannerWarn}`} data-testid="conflict-banner">
          <strong>Conflict.</strong> {notice.message}{' '}
          {notice.intent && (
            <button type="button" onClick={() => notice.intent && onSend(notice.intent)}>
              Re-apply my change
            </button>
          )}{' '}
          <button type="button" className="secondary" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      );
  }
}

// A segment's text history from the server's log: who changed what, as a word diff.

import { useTranslations } from 'next-intl';
import { diffWords } from '@/lib/alignment/word-diff';
import { eventTitle } from '../../history/_components/event-title';
import { textOfHistoryValue, type HistoryEvent } from '../sync/editor-document';
import styles from '../editor/editor.module.css';
import { WordDiff } from './word-diff-view';
import { LocalTime } from '@/app/_components/local-time';

export type HistoryLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; events: HistoryEvent[] };

export function SegmentHistory({ load, lang, onClose }: { load: HistoryLoad; lang: string; onClose: () => void }) {
  const t = useTranslations('textHistory');
  const tHistory = useTranslations('history');
  return (
    <section className={styles.history} aria-label={t('title')}>
      <div className={styles.historyHead}>
        <strong>{t('title')}</strong>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')} <kbd>Esc</kbd>
        </button>
      </div>
      {load.state === 'loading' && <p className="muted">{t('loading')}</p>}
      {load.state === 'failed' && <p className="error">{load.message}</p>}
      {load.state === 'loaded' && load.events.length === 0 && <p className="muted">{t('none')}</p>}
      {load.state === 'loaded' && load.events.length > 0 && (
        <ol className={styles.historyList}>
          {load.events.map((event) => {
            const before = textOfHistoryValue(event.before);
            const after = textOfHistoryValue(event.after);
            return (
              <li key={event.id}>
                <span className="muted">
                  <LocalTime value={event.at} /> · {event.actor.name} · {eventTitle(event, tHistory)}
                </span>
                {before !== null && after !== null && (
                  <p lang={lang} className={styles.diffPreview}>
                    <WordDiff parts={diffWords(before, after)} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

// A segment's text history from the server's log: who changed what, as a word diff.

import { diffWords } from '@/lib/alignment/word-diff';
import { textOfHistoryValue, type HistoryEvent } from '../sync/editor-document';
import styles from '../editor/editor.module.css';
import { WordDiff } from './word-diff-view';
import { LocalTime } from '@/app/_components/local-time';

export type HistoryLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; events: HistoryEvent[] };

export function SegmentHistory({ load, lang, onClose }: { load: HistoryLoad; lang: string; onClose: () => void }) {
  return (
    <section className={styles.history} aria-label="Text history">
      <div className={styles.historyHead}>
        <strong>Text history</strong>
        <button type="button" className="secondary" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      {load.state === 'loading' && <p className="muted">Loading…</p>}
      {load.state === 'failed' && <p className="error">{load.message}</p>}
      {load.state === 'loaded' && load.events.length === 0 && <p className="muted">No text changes yet.</p>}
      {load.state === 'loaded' && load.events.length > 0 && (
        <ol className={styles.historyList}>
          {load.events.map((event) => {
            const before = textOfHistoryValue(event.before);
            const after = textOfHistoryValue(event.after);
            return (
              <li key={event.id}>
                <span className="muted">
                  <LocalTime value={event.at} /> · {event.actor.name} · {event.action}
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

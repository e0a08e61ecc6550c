// The `?` overlay: every shortcut, grouped, from the one keyboard map.

import { SHORTCUTS } from './keyboard-map';
import styles from './editor.module.css';

const GROUPS = ['Navigate', 'Align', 'Text', 'Status', 'Review', 'General'] as const;

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <div className={styles.overlay} onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        className={styles.help}
        onClick={(event) => event.stopPropagation()}
      >
        <div className={styles.historyHead}>
          <h2>Keyboard shortcuts</h2>
          <button type="button" className="secondary" autoFocus onClick={onClose}>
            Close <kbd>Esc</kbd>
          </button>
        </div>
        <div className={styles.helpGroups}>
          {GROUPS.map((group) => (
            <table key={group} className={styles.helpTable}>
              <caption>{group}</caption>
              <tbody>
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <tr key={`${s.keys.join()}-${s.description}`}>
                    <th scope="row">
                      {s.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </th>
                    <td>{s.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <p className="muted">
          Keys act on the list; while you type in a field they belong to the field. Every change is saved as it happens.
        </p>
      </div>
    </div>
  );
}

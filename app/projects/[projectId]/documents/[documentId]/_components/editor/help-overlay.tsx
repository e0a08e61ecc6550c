// The `?` overlay: every shortcut, grouped, from the one keyboard map, in the reader's language.

import { useTranslations } from 'next-intl';
import { SHORTCUTS } from './keyboard-map';
import styles from './editor.module.css';

const GROUPS = ['navigate', 'align', 'text', 'status', 'review', 'general'] as const;

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useTranslations('help');
  return (
    <div className={styles.overlay} onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={t('title')} className={styles.help} onClick={(event) => event.stopPropagation()}>
        <div className={styles.historyHead}>
          <h2>{t('title')}</h2>
          <button type="button" className="secondary" autoFocus onClick={onClose}>
            {t('close')} <kbd>Esc</kbd>
          </button>
        </div>
        <div className={styles.helpGroups}>
          {GROUPS.map((group) => (
            <table key={group} className={styles.helpTable}>
              <caption>{t(`groups.${group}`)}</caption>
              <tbody>
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <tr key={`${s.keys.join()}-${s.description}`}>
                    <th scope="row">
                      {s.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </th>
                    <td>{t(`keys.${s.description}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
        <p className="muted">{t('note')}</p>
      </div>
    </div>
  );
}

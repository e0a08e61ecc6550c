'use client';

// The label picker (`t`): the seven labels of the vocabulary, each a toggle saved as soon as it is pressed.
// Keys 1–7 toggle while the picker has focus; Esc or Enter closes. It follows the selection, so `j`/`k` label the
// next bead without closing it.

import { useTranslations } from 'next-intl';
import { BEAD_LABELS, type BeadLabel } from '@/lib/review/bead-labels';
import styles from '../editor/editor.module.css';
import { labelForKey } from './label-set';

// Stable, so React calls it once, when the picker mounts (autoFocus does not apply to a div).
const focusOnMount = (element: HTMLElement | null) => element?.focus({ preventScroll: true });

interface Props {
  beadNumber: number;
  labels: readonly string[];
  /** Signed off, or a role that may not label: the labels show but do not toggle. */
  readOnly: boolean;
  saving: boolean;
  /** Called while a toggle is still saving too: the caller says to wait (each toggle builds on the last). */
  onToggle: (label: BeadLabel) => void;
  onClose: () => void;
}

export function LabelPicker({ beadNumber, labels, readOnly, saving, onToggle, onClose }: Props) {
  const t = useTranslations('labelPicker');
  const label = useTranslations('beadLabels');
  const describe = (name: BeadLabel) => label(`description.${name}`);
  return (
    <div
      className={styles.labelPicker}
      role="group"
      aria-label={t('title', { number: beadNumber })}
      tabIndex={-1}
      ref={focusOnMount}
      data-testid="label-picker"
      onKeyDown={(event) => {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        const label = labelForKey(event.key);
        if (label) {
          event.preventDefault();
          if (!readOnly) onToggle(label);
        } else if (event.key === 'Escape' || (event.key === 'Enter' && event.target === event.currentTarget)) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className={styles.historyHead}>
        <strong>{t('title', { number: beadNumber })}</strong>
        <span className={styles.dockLabel}>{readOnly ? t('readOnly') : saving ? t('saving') : t('howTo')}</span>
        <button type="button" className="secondary" onClick={onClose}>
          {t('close')} <kbd>Esc</kbd>
        </button>
      </div>
      <div className={styles.buttons}>
        {BEAD_LABELS.map((name, i) => {
          const on = labels.includes(name);
          return (
            <button
              key={name}
              type="button"
              className={on ? undefined : 'secondary'}
              aria-pressed={on}
              disabled={readOnly}
              title={describe(name)}
              onClick={() => onToggle(name)}
            >
              <kbd>{i + 1}</kbd> {label(`name.${name}`)}
            </button>
          );
        })}
      </div>
    </div>
  );
}

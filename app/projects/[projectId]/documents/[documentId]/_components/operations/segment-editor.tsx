'use client';

// Editing one segment's text (typo fixes): a textarea with a live word diff against the stored text.
// Ctrl+Enter saves, Esc cancels, Ctrl+Shift+S splits the stored segment at the cursor.

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { diffWords } from '@/lib/alignment/word-diff';
import type { RowSegment } from '../beads/bead-rows';
import { CancelButton } from '../editor/cancel-button';
import { editBoxKeys } from '../editor/edit-box-keys';
import styles from '../editor/editor.module.css';
import type { KeyLike } from '../editor/keyboard-map';
import { WordDiff } from '../review/word-diff-view';

interface Props {
  segment: RowSegment;
  label: string;
  lang: string;
  busy: boolean;
  onSave: (text: string) => void;
  onSplitAt: (offset: number) => void;
  onCancel: () => void;
  onHint: (message: string) => void;
}

export function SegmentEditor({ segment, label, lang, busy, onSave, onSplitAt, onCancel, onHint }: Props) {
  const t = useTranslations('textEditor');
  const [text, setText] = useState(segment.text);
  const [cursor, setCursor] = useState(segment.text.length);
  const changed = text !== segment.text;

  const save = () => (changed ? onSave(text) : onCancel());
  const split = () => {
    if (changed) return onHint(t('saveFirst'));
    if (cursor <= 0 || cursor >= segment.text.length) return onHint(t('cursorInside'));
    onSplitAt(cursor);
  };
  const splitKey = (event: KeyLike) => {
    const used = (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 's';
    if (used) split();
    return used;
  };

  return (
    <div className={styles.editor}>
      <label className={styles.editorLabel}>
        {label}
        <textarea
          autoFocus
          lang={lang}
          value={text}
          rows={3}
          disabled={busy}
          onChange={(event) => setText(event.target.value)}
          onSelect={(event) => setCursor(event.currentTarget.selectionStart)}
          onKeyDown={editBoxKeys({ submit: save, cancel: onCancel, submitWithMod: true, other: splitKey })}
        />
      </label>
      {changed && (
        <p className={styles.diffPreview} lang={lang}>
          <span className={styles.dockLabel}>{t('change')}</span>
          <WordDiff parts={diffWords(segment.text, text)} />
        </p>
      )}
      <div className={styles.buttons}>
        <button type="button" disabled={busy || !changed} onClick={save}>
          {t('save')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={split}>
          {t('splitAt')} <kbd>Ctrl+Shift+S</kbd>
        </button>
        <CancelButton label={t('cancel')} busy={busy} onCancel={onCancel} />
      </div>
    </div>
  );
}

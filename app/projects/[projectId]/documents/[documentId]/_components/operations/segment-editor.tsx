'use client';

// Editing one segment's text (typo fixes): a textarea with a live word diff against the stored text.
// Ctrl+Enter saves, Esc cancels, Ctrl+Shift+S splits the stored segment at the cursor.

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { diffWords } from '@/lib/alignment/word-diff';
import type { RowSegment } from '../beads/bead-rows';
import styles from '../editor/editor.module.css';
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
          onKeyDown={(event) => {
            const mod = event.ctrlKey || event.metaKey;
            if (mod && event.key === 'Enter') {
              event.preventDefault();
              save();
            } else if (mod && event.shiftKey && event.key.toLowerCase() === 's') {
              event.preventDefault();
              split();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
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
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          {t('cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}

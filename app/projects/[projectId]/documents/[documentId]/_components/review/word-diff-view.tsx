// A word diff as inline text: removed words struck through, added words underlined.

import type { WordDiffPart } from '@/lib/alignment/word-diff';
import styles from '../editor/editor.module.css';

export function WordDiff({ parts }: { parts: readonly WordDiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className={styles.added}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className={styles.removed}>
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

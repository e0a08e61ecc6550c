'use client';

// A comment box, for a new thread or a reply. Ctrl+Enter posts, Esc leaves. @email or @name mentions a project
// member (typing "@" suggests them, see mention-field.tsx); a handle that matches nobody is reported back (the
// comment is still posted).

import { useState } from 'react';
import styles from '../editor/editor.module.css';
import { MentionField } from './mention-field';

interface Props {
  label: string;
  placeholder: string;
  submitLabel: string;
  disabled: boolean;
  autoFocus?: boolean;
  /** Resolves to true when the comment was stored (the box then empties). */
  onSubmit: (body: string) => Promise<boolean>;
  onCancel: () => void;
}

export function CommentForm({ label, placeholder, submitLabel, disabled, autoFocus, onSubmit, onCancel }: Props) {
  const [body, setBody] = useState('');
  const [posting, setPosting] = useState(false);
  const blank = body.trim() === '';
  const post = async () => {
    if (blank || posting) return;
    setPosting(true);
    const stored = await onSubmit(body.trim());
    setPosting(false);
    if (stored) setBody('');
  };
  return (
    <div className={styles.commentForm}>
      <MentionField
        label={label}
        autoFocus={autoFocus}
        value={body}
        placeholder={placeholder}
        disabled={disabled || posting}
        onChange={setBody}
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
            event.preventDefault();
            void post();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className={styles.buttons}>
        <button type="button" disabled={disabled || posting || blank} onClick={() => void post()}>
          {submitLabel} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </div>
  );
}

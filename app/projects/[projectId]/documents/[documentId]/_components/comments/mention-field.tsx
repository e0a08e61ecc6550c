'use client';

// A comment textarea that suggests project members after "@" (an ARIA 1.2 combobox with a listbox). Focus never
// leaves the textarea: ↑/↓ move the highlight (aria-activedescendant), Enter or Tab inserts the handle, Esc closes
// the list for this handle, and a click picks an option without taking focus. Keys the list does not use go to
// `onKeyDown` (the form's Ctrl+Enter and Esc); the editor's shortcuts ignore keys typed in a field anyway.

import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isRole } from '@/lib/permissions';
import styles from '../editor/editor.module.css';
import { useMentionMembers } from './mention-members';
import { activeMention, insertMention, matchMembers, type MentionMember } from './mention-suggestions';
import field from './mention-field.module.css';

interface Props {
  label: string;
  value: string;
  placeholder: string;
  disabled: boolean;
  autoFocus?: boolean;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** The caret when nothing is selected; a selection suggests nothing. */
const caretOf = (el: HTMLTextAreaElement) => (el.selectionStart === el.selectionEnd ? el.selectionStart : null);

export function MentionField({ label, value, placeholder, disabled, autoFocus, onChange, onKeyDown }: Props) {
  const t = useTranslations('comments');
  const roleName = useTranslations('roles');
  const members = useMentionMembers();
  const id = useId();
  const listId = `${id}-members`;
  const optionId = (i: number) => `${id}-member-${i}`;
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const caretAfterPick = useRef<number | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  // The highlight belongs to one query: typing another letter starts again at the best match.
  const [highlight, setHighlight] = useState({ key: '', index: 0 });
  // Esc closes the list for the handle starting here, until that "@" is gone.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  const mention = caret === null || disabled ? null : activeMention(value, caret);
  const matches = mention && mention.start !== dismissedAt ? matchMembers(members, mention.query) : [];
  const open = mention !== null && matches.length > 0;
  const key = mention ? `${mention.start}:${mention.query}` : '';
  const active = highlight.key === key ? Math.min(highlight.index, matches.length - 1) : 0;

  // DOM only: a controlled textarea puts the caret at the end when its value changes; put it after the handle.
  useLayoutEffect(() => {
    const at = caretAfterPick.current;
    if (at === null || !textarea.current) return;
    caretAfterPick.current = null;
    textarea.current.setSelectionRange(at, at);
  });
  useLayoutEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const pick = (member: MentionMember) => {
    if (!mention) return;
    const next = insertMention(value, mention, member, members);
    caretAfterPick.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.nativeEvent.isComposing;
    if (open && plain) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : matches.length - 1;
        setHighlight({ key, index: (active + step) % matches.length });
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
        event.preventDefault();
        pick(matches[active]);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissedAt(mention.start);
        return;
      }
    }
    onKeyDown(event);
  };

  return (
    <div className={field.field}>
      <label className={styles.editorLabel}>
        <span className={styles.visuallyHidden}>{label}</span>
        <textarea
          ref={textarea}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? optionId(active) : undefined}
          autoFocus={autoFocus}
          rows={2}
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(event) => {
            const at = caretOf(event.target);
            setCaret(at);
            if (at === null || activeMention(event.target.value, at) === null) setDismissedAt(null);
            onChange(event.target.value);
          }}
          onSelect={(event) => setCaret(caretOf(event.currentTarget))}
          onBlur={() => setCaret(null)}
          onKeyDown={keyDown}
        />
      </label>
      {/* mousedown would blur the textarea (and close the list) before the click picks the option. */}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('members')}
        className={field.listbox}
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
      >
        {open &&
          matches.map((member, i) => (
            <li
              key={member.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={field.option}
              onMouseMove={() => (i === active ? undefined : setHighlight({ key, index: i }))}
              onClick={() => pick(member)}
            >
              <span className={field.name}>{member.name}</span>
              <span className={field.email}>{member.email}</span>
              <span className={field.role}>{isRole(member.role) ? roleName(member.role) : member.role}</span>
            </li>
          ))}
      </ul>
      <span className={styles.visuallyHidden} aria-live="polite">
        {open ? t('matches', { count: matches.length }) : ''}
      </span>
    </div>
  );
}

'use client';

// Listens for the editor's shortcuts on the window, so they work wherever focus is, except in text fields (their
// keys belong to them) and except the keys a focused button or link needs itself (Tab, Enter, Space, arrows).

import { useEffect, useEffectEvent, type RefObject } from 'react';
import { commandFor, isTypingTarget, type CommandName } from './keyboard-map';

const WIDGET_KEYS = new Set(['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);
/** A filter checkbox needs only these itself; Home, End and the arrows then move among the beads it shows. */
const CHECKBOX_KEYS = new Set(['Tab', 'Enter', ' ']);

/** `run` returns true when it used the key (the browser's default action is then suppressed). */
export function useEditorKeys(listRef: RefObject<HTMLElement | null>, run: (command: CommandName) => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
    const command = commandFor(event);
    if (!command) return;
    const target = event.target;
    const inList = target === document.body || (target instanceof Node && listRef.current?.contains(target) === true);
    const ownKeys = target instanceof HTMLInputElement && target.type === 'checkbox' ? CHECKBOX_KEYS : WIDGET_KEYS;
    if (!inList && ownKeys.has(event.key) && !event.altKey) return;
    if (run(command)) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

'use client';

// Listens for the editor's shortcuts on the window, so they work wherever focus is, except in text fields (their
// keys belong to them) and except the keys a focused button or link needs itself (Tab, Enter, Space, arrows).

import { useEffect, useEffectEvent, type RefObject } from 'react';
import { commandFor, isTypingTarget, type CommandName } from './keyboard-map';

const WIDGET_KEYS = new Set(['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** `run` returns true when it used the key (the browser's default action is then suppressed). */
export function useEditorKeys(listRef: RefObject<HTMLElement | null>, run: (command: CommandName) => boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
    const command = commandFor(event);
    if (!command) return;
    const target = event.target;
    const inList = target === document.body || (target instanceof Node && listRef.current?.contains(target) === true);
    if (!inList && WIDGET_KEYS.has(event.key) && !event.altKey) return;
    if (run(command)) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

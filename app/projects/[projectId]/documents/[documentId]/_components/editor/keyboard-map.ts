// The editor's keyboard map: one table, read by the key handler, the help overlay (`?`) and docs/editor.md.
// Every command also has a mouse way (the buttons in the bead dock and the toolbar).

import type { Messages } from 'next-intl';

export type CommandName =
  | 'nextBead'
  | 'prevBead'
  | 'firstBead'
  | 'lastBead'
  | 'sourceSide'
  | 'targetSide'
  | 'switchSide'
  | 'prevSegment'
  | 'nextSegment'
  | 'nextUnconfirmed'
  | 'prevUnconfirmed'
  | 'nextLow'
  | 'prevLow'
  | 'nextQa'
  | 'prevQa'
  | 'merge'
  | 'split'
  | 'moveUp'
  | 'moveDown'
  | 'detach'
  | 'relink'
  | 'join'
  | 'movedLink'
  | 'edit'
  | 'history'
  | 'confirm'
  | 'confirmUpTo'
  | 'realign'
  | 'approve'
  | 'reject'
  | 'exclude'
  | 'labels'
  | 'comments'
  | 'undo'
  | 'redo'
  | 'search'
  | 'searchMemory'
  | 'help'
  | 'escape';

interface Shortcut {
  /** As shown to people (key names read the same in both languages). */
  keys: string[];
  command: CommandName;
  /** Its message key under `help.keys`. */
  description: keyof Messages['help']['keys'];
  /** Its message key under `help.groups`. */
  group: keyof Messages['help']['groups'];
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['j', '↓'], command: 'nextBead', description: 'nextBead', group: 'navigate' },
  { keys: ['k', '↑'], command: 'prevBead', description: 'prevBead', group: 'navigate' },
  { keys: ['g', 'Home'], command: 'firstBead', description: 'firstBead', group: 'navigate' },
  { keys: ['G', 'End'], command: 'lastBead', description: 'lastBead', group: 'navigate' },
  { keys: ['Tab'], command: 'switchSide', description: 'switchSide', group: 'navigate' },
  { keys: ['←', '→'], command: 'sourceSide', description: 'sides', group: 'navigate' },
  { keys: ['[', ']'], command: 'prevSegment', description: 'segments', group: 'navigate' },
  { keys: ['n', 'N'], command: 'nextUnconfirmed', description: 'unconfirmed', group: 'navigate' },
  { keys: ['l', 'L'], command: 'nextLow', description: 'low', group: 'navigate' },
  { keys: ['q', 'Q'], command: 'nextQa', description: 'nextQa', group: 'navigate' },
  { keys: ['m'], command: 'merge', description: 'merge', group: 'align' },
  { keys: ['s'], command: 'split', description: 'split', group: 'align' },
  { keys: ['Alt+↑'], command: 'moveUp', description: 'moveUp', group: 'align' },
  { keys: ['Alt+↓'], command: 'moveDown', description: 'moveDown', group: 'align' },
  { keys: ['d'], command: 'detach', description: 'detach', group: 'align' },
  { keys: ['b'], command: 'relink', description: 'relink', group: 'align' },
  {
    keys: ['M'],
    command: 'movedLink',
    description: 'movedLink',
    group: 'align',
  },
  { keys: ['r'], command: 'realign', description: 'realign', group: 'align' },
  { keys: ['Enter', 'e'], command: 'edit', description: 'edit', group: 'text' },
  { keys: ['Ctrl+Enter'], command: 'edit', description: 'save', group: 'text' },
  { keys: ['Ctrl+Shift+S'], command: 'edit', description: 'splitSegment', group: 'text' },
  { keys: ['J'], command: 'join', description: 'join', group: 'text' },
  { keys: ['h'], command: 'history', description: 'history', group: 'text' },
  { keys: ['c'], command: 'confirm', description: 'confirm', group: 'status' },
  { keys: ['C'], command: 'confirmUpTo', description: 'confirmUpTo', group: 'status' },
  { keys: ['X'], command: 'exclude', description: 'exclude', group: 'status' },
  { keys: ['a'], command: 'approve', description: 'approve', group: 'review' },
  { keys: ['x'], command: 'reject', description: 'reject', group: 'review' },
  { keys: ['t'], command: 'labels', description: 'labels', group: 'review' },
  { keys: ['i'], command: 'comments', description: 'comments', group: 'review' },
  { keys: ['u', 'Ctrl+Z'], command: 'undo', description: 'undo', group: 'general' },
  { keys: ['U', 'Ctrl+Shift+Z', 'Ctrl+Y'], command: 'redo', description: 'redo', group: 'general' },
  { keys: ['/'], command: 'search', description: 'search', group: 'general' },
  { keys: ['f'], command: 'searchMemory', description: 'searchMemory', group: 'general' },
  { keys: ['?'], command: 'help', description: 'help', group: 'general' },
  { keys: ['Esc'], command: 'escape', description: 'escape', group: 'general' },
];

/** The key a button shows for its command: the first the map lists for it. */
export function keysFor(command: CommandName): string {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.keys[0] ?? '';
}

const PLAIN: Record<string, CommandName> = {
  j: 'nextBead',
  ArrowDown: 'nextBead',
  k: 'prevBead',
  ArrowUp: 'prevBead',
  g: 'firstBead',
  Home: 'firstBead',
  G: 'lastBead',
  End: 'lastBead',
  Tab: 'switchSide',
  ArrowLeft: 'sourceSide',
  ArrowRight: 'targetSide',
  '[': 'prevSegment',
  ']': 'nextSegment',
  n: 'nextUnconfirmed',
  N: 'prevUnconfirmed',
  l: 'nextLow',
  L: 'prevLow',
  q: 'nextQa',
  Q: 'prevQa',
  m: 'merge',
  M: 'movedLink',
  s: 'split',
  d: 'detach',
  b: 'relink',
  r: 'realign',
  Enter: 'edit',
  e: 'edit',
  J: 'join',
  h: 'history',
  c: 'confirm',
  C: 'confirmUpTo',
  X: 'exclude',
  a: 'approve',
  x: 'reject',
  t: 'labels',
  i: 'comments',
  u: 'undo',
  U: 'redo',
  '/': 'search',
  f: 'searchMemory',
  '?': 'help',
  Escape: 'escape',
};

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The command a key press means in the list, or null (the browser keeps the key). */
export function commandFor(event: KeyLike): CommandName | null {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (event.altKey) {
    if (mod) return null;
    if (event.key === 'ArrowUp') return 'moveUp';
    if (event.key === 'ArrowDown') return 'moveDown';
    return null;
  }
  // Shift+Tab switches side too; other shifted keys arrive as their own characters (N, L, Q, J, C, M, U, X, ?).
  return PLAIN[event.key] ?? null;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Keys typed into a field belong to the field (a checkbox is not a field you type in). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

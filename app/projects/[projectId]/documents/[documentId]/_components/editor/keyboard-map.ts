// The editor's keyboard map: one table, read by the key handler, the help overlay (`?`) and docs/editor.md.
// Every command also has a mouse way (the buttons in the bead dock and the toolbar).

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
  | 'help'
  | 'escape';

interface Shortcut {
  /** As shown to people. */
  keys: string[];
  command: CommandName;
  description: string;
  group: 'Navigate' | 'Align' | 'Text' | 'Status' | 'Review' | 'General';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['j', '↓'], command: 'nextBead', description: 'Next bead', group: 'Navigate' },
  { keys: ['k', '↑'], command: 'prevBead', description: 'Previous bead', group: 'Navigate' },
  { keys: ['g', 'Home'], command: 'firstBead', description: 'First bead', group: 'Navigate' },
  { keys: ['G', 'End'], command: 'lastBead', description: 'Last bead', group: 'Navigate' },
  { keys: ['Tab'], command: 'switchSide', description: 'Switch side (source ↔ target)', group: 'Navigate' },
  { keys: ['←', '→'], command: 'sourceSide', description: 'Source side / target side', group: 'Navigate' },
  { keys: ['[', ']'], command: 'prevSegment', description: 'Previous / next segment in the bead', group: 'Navigate' },
  { keys: ['n', 'N'], command: 'nextUnconfirmed', description: 'Next / previous unconfirmed bead', group: 'Navigate' },
  { keys: ['l', 'L'], command: 'nextLow', description: 'Next / previous low-confidence bead', group: 'Navigate' },
  { keys: ['q', 'Q'], command: 'nextQa', description: 'Next / previous bead with an open QA issue', group: 'Navigate' },
  { keys: ['m'], command: 'merge', description: 'Merge the bead with the next one', group: 'Align' },
  { keys: ['s'], command: 'split', description: 'Split the bead after the selected segment', group: 'Align' },
  { keys: ['Alt+↑'], command: 'moveUp', description: 'Move the selected segment to the previous bead', group: 'Align' },
  { keys: ['Alt+↓'], command: 'moveDown', description: 'Move the selected segment to the next bead', group: 'Align' },
  { keys: ['d'], command: 'detach', description: 'Let the selected segment stand alone (1-0 / 0-1)', group: 'Align' },
  { keys: ['b'], command: 'relink', description: 'Relink this bead and the next (move the boundary)', group: 'Align' },
  {
    keys: ['M'],
    command: 'movedLink',
    description: 'Moved link: mark an omission or addition, press again on its partner to link; on a moved link, unlink it',
    group: 'Align',
  },
  { keys: ['r'], command: 'realign', description: 'Realign from this bead on (confirmed beads and your own changes stay)', group: 'Align' },
  { keys: ['Enter', 'e'], command: 'edit', description: 'Edit the selected segment’s text', group: 'Text' },
  { keys: ['Ctrl+Enter'], command: 'edit', description: 'While editing: save the text', group: 'Text' },
  { keys: ['Ctrl+Shift+S'], command: 'edit', description: 'While editing: split the segment at the cursor', group: 'Text' },
  { keys: ['J'], command: 'join', description: 'Join the selected segment with the next on its side', group: 'Text' },
  { keys: ['h'], command: 'history', description: 'Show the selected segment’s text history', group: 'Text' },
  { keys: ['c'], command: 'confirm', description: 'Confirm the bead', group: 'Status' },
  { keys: ['C'], command: 'confirmUpTo', description: 'Confirm every bead up to and including this one', group: 'Status' },
  { keys: ['X'], command: 'exclude', description: 'Exclude the bead from review, or include it again', group: 'Status' },
  { keys: ['a'], command: 'approve', description: 'Approve the bead (reviewers)', group: 'Review' },
  { keys: ['x'], command: 'reject', description: 'Reject the bead with a reason (Enter sends, Esc cancels)', group: 'Review' },
  { keys: ['t'], command: 'labels', description: 'Labels: 1–7 toggle a label, Esc closes', group: 'Review' },
  { keys: ['i'], command: 'comments', description: 'Comments on the bead (or on the text selected in a segment)', group: 'Review' },
  { keys: ['u', 'Ctrl+Z'], command: 'undo', description: 'Undo', group: 'General' },
  { keys: ['U', 'Ctrl+Shift+Z', 'Ctrl+Y'], command: 'redo', description: 'Redo', group: 'General' },
  { keys: ['/'], command: 'search', description: 'Search the document (either side)', group: 'General' },
  { keys: ['?'], command: 'help', description: 'Show this list', group: 'General' },
  { keys: ['Esc'], command: 'escape', description: 'Close a panel, cancel an edit, leave the search', group: 'General' },
];

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

// The keys of a small box that edits one thing (the segment editor, the rejection reason): Enter submits and Esc
// cancels. In a textarea a plain Enter is a new line, so there submitting takes Ctrl/⌘+Enter (`submitWithMod`).
// `other` sees any other key first and returns true when it used it. A used key's default action is suppressed.

import type { KeyLike } from './keyboard-map';

interface BoxKeys {
  submit: () => void;
  cancel: () => void;
  submitWithMod?: boolean;
  other?: (event: KeyLike) => boolean;
}

export function editBoxKeys({ submit, cancel, submitWithMod = false, other }: BoxKeys) {
  return (event: KeyLike & { preventDefault: () => void }): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && (mod || !submitWithMod)) {
      event.preventDefault();
      submit();
    } else if (other?.(event)) {
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };
}

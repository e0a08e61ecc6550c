import { describe, expect, it } from 'vitest';
import { editBoxKeys } from './edit-box-keys';
import type { KeyLike } from './keyboard-map';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
  key,
  altKey: false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  prevented: false,
  preventDefault() {
    this.prevented = true;
  },
});

/** Ctrl/⌘+Shift+S, as the segment editor's split. */
const splitKey = (split: () => void) => (event: KeyLike) => {
  const used = (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 's';
  if (used) split();
  return used;
};

/** What one key press did to a box: the action it ran (or none) and whether the browser's default was kept. */
function outcome(options: { submitWithMod?: boolean; withOther?: boolean }, event: ReturnType<typeof press>) {
  const ran: string[] = [];
  const handle = editBoxKeys({
    submit: () => ran.push('submit'),
    cancel: () => ran.push('cancel'),
    submitWithMod: options.submitWithMod,
    other: options.withOther ? splitKey(() => ran.push('split')) : undefined,
  });
  handle(event);
  return { ran: ran.join(',') || 'nothing', prevented: event.prevented };
}

describe('edit box keys', () => {
  it.each<[string, { submitWithMod?: boolean; withOther?: boolean }, ReturnType<typeof press>, string, boolean]>([
    ['Enter submits a one-line box', {}, press('Enter'), 'submit', true],
    ['Ctrl+Enter submits a one-line box too', {}, press('Enter', { ctrl: true }), 'submit', true],
    ['Esc cancels', {}, press('Escape'), 'cancel', true],
    ['a letter is typed', {}, press('a'), 'nothing', false],
    ['a plain Enter is a new line in a textarea', { submitWithMod: true }, press('Enter'), 'nothing', false],
    ['Ctrl+Enter submits a textarea', { submitWithMod: true }, press('Enter', { ctrl: true }), 'submit', true],
    ['⌘+Enter submits a textarea', { submitWithMod: true }, press('Enter', { meta: true }), 'submit', true],
    ['Esc cancels a textarea', { submitWithMod: true }, press('Escape'), 'cancel', true],
    ['the box’s own key runs its action', { submitWithMod: true, withOther: true }, press('S', { ctrl: true, shift: true }), 'split', true],
    ['a key the box does not use is typed', { submitWithMod: true, withOther: true }, press('s'), 'nothing', false],
  ])('%s', (_name, options, event, ran, prevented) => {
    expect(outcome(options, event)).toEqual({ ran, prevented });
  });
});

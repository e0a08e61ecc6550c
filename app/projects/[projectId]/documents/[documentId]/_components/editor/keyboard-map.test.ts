import { describe, expect, it } from 'vitest';
import { keysFor, type CommandName } from './keyboard-map';

describe('the key a button shows', () => {
  it.each<[CommandName, string]>([
    ['merge', 'm'],
    ['moveUp', 'Alt+↑'],
    ['edit', 'Enter'],
    ['movedLink', 'M'],
    ['exclude', 'X'],
    ['history', 'h'],
    ['undo', 'u'],
  ])('%s shows %s, the first key the map lists for it', (command, keys) => {
    expect(keysFor(command)).toBe(keys);
  });
});

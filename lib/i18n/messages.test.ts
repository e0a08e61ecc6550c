import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

// The two catalogs must hold the same keys, no empty message, and the same placeholders per message: a Korean
// sentence that drops `{count}` would show a wrong number silently.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU argument names: `{name}`, `{count, number}`, `{n, plural, …}`; nested plural text is skipped. */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '{') {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (match) names.add(match[1]);
      }
      depth++;
    } else if (message[i] === '}') depth--;
  }
  return [...names].sort();
}

const english = flatten(en);
const korean = flatten(ko);

describe('message catalogs', () => {
  it('every English key has a Korean message and the reverse', () => {
    expect([...english.keys()].filter((key) => !korean.has(key))).toEqual([]);
    expect([...korean.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('no message is empty or only spaces', () => {
    const empty = [...english, ...korean].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('each Korean message uses the same placeholders as its English one', () => {
    const different = [...english].filter(
      ([key, value]) => korean.has(key) && argumentNames(value).join() !== argumentNames(korean.get(key) ?? '').join(),
    );
    expect(different.map(([key]) => key)).toEqual([]);
  });

  it('the Korean catalog is Korean: most messages hold Hangul', () => {
    const hangul = [...korean.values()].filter((value) => /[\uac00-\ud7a3]/.test(value)).length;
    expect(hangul / korean.size).toBeGreaterThan(0.9);
  });
});

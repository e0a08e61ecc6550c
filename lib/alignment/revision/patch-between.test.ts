import { describe, expect, it } from 'vitest';
import { hunksBetween } from './patch-between';

type Item = { id: string; v?: number };
const items = (spec: string): Item[] =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((token) => {
      const [id, v] = token.split(':');
      return v === undefined ? { id } : { id, v: Number(v) };
    });
const same = (a: Item, b: Item) => a.id === b.id && a.v === b.v;

/** Applies hunks the way applyPatch does: in order, each at its index in the array left by the previous one. */
function apply(before: Item[], hunks: ReturnType<typeof hunksBetween<Item>>): Item[] {
  const out = before.slice();
  for (const hunk of hunks) {
    expect(out.slice(hunk.at, hunk.at + hunk.remove.length).map((i) => i.id)).toEqual(hunk.remove);
    out.splice(hunk.at, hunk.remove.length, ...hunk.insert);
  }
  return out;
}

describe('hunksBetween', () => {
  const cases: [string, string, string, number][] = [
    ['nothing changed', 'a b c', 'a b c', 0],
    ['one item replaced', 'a b c', 'a x c', 1],
    ['an item updated in place', 'a b:1 c', 'a b:2 c', 1],
    ['insert at the start and delete at the end', 'a b c', 'x a b', 2],
    ['two separate changes', 'a b c d e', 'a x c d y', 2],
    ['everything new', 'a b', 'x y z', 1],
    ['from empty', '', 'x y', 1],
    ['to empty', 'a b', '', 1],
    ['an item moved (removed, then inserted later)', 'a b c d', 'a c d b', 2],
  ];
  it.each(cases)('%s', (_, from, to, count) => {
    const before = items(from);
    const after = items(to);
    const hunks = hunksBetween(before, after, same);
    expect(hunks).toHaveLength(count);
    expect(apply(before, hunks)).toEqual(after);
  });
});

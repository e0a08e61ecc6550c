import { describe, expect, it } from 'vitest';
import { memorySearchHref } from './memory-search';

describe('memorySearchHref', () => {
  it.each([
    ['국민의힘', '/concordance?q=%EA%B5%AD%EB%AF%BC%EC%9D%98%ED%9E%98&project=p1'],
    ['  People\n Power  Party ', '/concordance?q=People+Power+Party&project=p1'],
    ['a & b', '/concordance?q=a+%26+b&project=p1'],
  ])('%j', (selected, href) => {
    expect(memorySearchHref(selected, 'p1')).toBe(href);
  });

  it.each(['', ' ', 'a', '가', null, undefined])('refuses %j (too short to search)', (selected) => {
    expect(memorySearchHref(selected, 'p1')).toBeNull();
  });

  it('clips a long selection to the 200 characters a search may have, without splitting a surrogate pair', () => {
    const href = memorySearchHref('😀'.repeat(300), 'p1');
    const q = new URLSearchParams(href?.split('?')[1]).get('q') ?? '';
    expect([...q]).toHaveLength(200);
    expect(q).toBe('😀'.repeat(200));
  });
});

import { describe, expect, it } from 'vitest';
import { PayloadCache } from './payload-cache';

// Decision 051: the kept answers are bounded by entries and by bytes, least recently used out first; concurrent
// requests for one key share one build. Proven by counting entries, bytes and builds.

const built =
  (value: string, keep = true) =>
  async () => ({ value, bytes: value.length * 2, keep });

describe('PayloadCache', () => {
  it('keeps at most `entries` answers, dropping the least recently used', async () => {
    const cache = new PayloadCache<string>({ entries: 3, bytes: 1_000_000 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, built(key));
    await cache.get('a', built('a')); // a is now the most recent
    await cache.get('d', built('d'));
    expect(cache.size).toBe(3);
    expect(['a', 'b', 'c', 'd'].map((k) => cache.has(k))).toEqual([true, false, true, true]);
    expect(cache.builds).toBe(4);
    for (let i = 0; i < 100; i += 1) await cache.get(`k${i}`, built('x'));
    expect(cache.size).toBe(3);
  });

  it('keeps at most `bytes`, and never an answer larger than that', async () => {
    const cache = new PayloadCache<string>({ entries: 100, bytes: 100 });
    for (let i = 0; i < 20; i += 1) {
      await cache.get(`k${i}`, built('x'.repeat(15))); // 30 bytes each
      expect(cache.bytes).toBeLessThanOrEqual(100);
    }
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(90);
    expect(await cache.get('big', built('y'.repeat(51)))).toHaveLength(51);
    expect(cache.has('big')).toBe(false);
    expect(cache.size).toBe(3);
  });

  it('builds once for requests that arrive together, and again after a build that may not be kept or failed', async () => {
    const cache = new PayloadCache<string>({ entries: 10, bytes: 1_000_000 });
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await gate;
      return { value: 'v', bytes: 2, keep: true };
    };
    const answers = Array.from({ length: 50 }, () => cache.get('k', slow));
    release();
    expect(await Promise.all(answers)).toEqual(Array(50).fill('v'));
    expect([runs, cache.builds]).toEqual([1, 1]);

    await cache.get('stale', built('s', false));
    await cache.get('stale', built('s', false));
    expect(cache.builds).toBe(3);
    expect(cache.has('stale')).toBe(false);

    await expect(cache.get('bad', () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    expect(await cache.get('bad', built('ok'))).toBe('ok');
    expect(cache.builds).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseSpan } from './text-span';

describe('normaliseSpan', () => {
  const text = 'The fare is 1,500 won.';
  const cases: { name: string; start: number; end: number; expected: { start: number; end: number; quote: string } | null }[] = [
    { name: 'a plain word', start: 4, end: 8, expected: { start: 4, end: 8, quote: 'fare' } },
    { name: 'spaces a double-click picked up', start: 3, end: 9, expected: { start: 4, end: 8, quote: 'fare' } },
    { name: 'a backwards drag', start: 17, end: 12, expected: { start: 12, end: 17, quote: '1,500' } },
    { name: 'past the end', start: 18, end: 99, expected: { start: 18, end: 22, quote: 'won.' } },
    { name: 'only spaces', start: 3, end: 4, expected: null },
    { name: 'empty', start: 5, end: 5, expected: null },
    { name: 'negative start', start: -4, end: 3, expected: { start: 0, end: 3, quote: 'The' } },
  ];
  it.each(cases)('$name', ({ start, end, expected }) => {
    const span = normaliseSpan('s1', text, start, end);
    expect(span).toEqual(expected === null ? null : { segmentId: 's1', ...expected });
  });

  it('counts UTF-16 units in Hangul and beyond the BMP', () => {
    expect(normaliseSpan('s2', '요금은 2,500원이다.', 0, 3)).toMatchObject({ quote: '요금은' });
    expect(normaliseSpan('s3', '𝔸 fare', 3, 7)).toMatchObject({ start: 3, end: 7, quote: 'fare' });
  });
});

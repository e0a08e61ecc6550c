import { describe, expect, it } from 'vitest';
import { splitMentions } from './mentions';

describe('splitMentions', () => {
  it.each([
    { body: 'no mention here', parts: [['text', 'no mention here']] },
    {
      body: '@editor the fare looks off',
      parts: [
        ['mention', '@editor'],
        ['text', ' the fare looks off'],
      ],
    },
    {
      body: 'Fixed, @reviewer.',
      parts: [
        ['text', 'Fixed, '],
        ['mention', '@reviewer'],
        ['text', '.'],
      ],
    },
    {
      body: 'ask @ryan@example.com now',
      parts: [
        ['text', 'ask '],
        ['mention', '@ryan@example.com'],
        ['text', ' now'],
      ],
    },
    // An address in the middle of a word mentions nobody, as on the server.
    { body: 'mail bob@example.com', parts: [['text', 'mail bob@example.com']] },
    {
      body: '@은지 확인 부탁',
      parts: [
        ['mention', '@은지'],
        ['text', ' 확인 부탁'],
      ],
    },
    {
      body: '@a @b',
      parts: [
        ['mention', '@a'],
        ['text', ' '],
        ['mention', '@b'],
      ],
    },
    { body: '', parts: [] },
  ])('$body', ({ body, parts }) => {
    expect(splitMentions(body).map((p) => [p.kind, p.text])).toEqual(parts);
    expect(
      splitMentions(body)
        .map((p) => p.text)
        .join(''),
    ).toBe(body);
  });
});

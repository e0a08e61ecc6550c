import { describe, expect, it } from 'vitest';
import { describeTextProblem, findTextProblem, textProblem } from './text-boundary';

describe('the text boundary rule', () => {
  it.each([
    ['plain text', 'Port strike ends', null],
    ['Hangul and emoji (a valid surrogate pair)', '부산항 노동자 😀', null],
    ['tabs, newlines and U+FFFD itself', 'a\tb\nc\ufffd', null],
    ['the empty string', '', null],
    ['a NUL in the middle', 'ab\u0000cd', 'nul'],
    ['a NUL alone', '\u0000', 'nul'],
    ['a lone high surrogate', 'a\ud800b', 'lone-surrogate'],
    ['a lone high surrogate at the end', 'abc\ud83d', 'lone-surrogate'],
    ['a lone low surrogate', '\udc00abc', 'lone-surrogate'],
    ['two high surrogates in a row', '\ud800\ud800\udc00', 'lone-surrogate'],
    ['a reversed pair', '\ude00\ud83d', 'lone-surrogate'],
  ])('%s', (_name, text, expected) => {
    expect(textProblem(text)).toBe(expected);
  });

  it('finds the first bad string in a nested value and says where it is', () => {
    const body = { baseVersion: 3, operation: { type: 'editText', segments: [{ text: 'fine' }, { text: 'bad\u0000' }] } };
    const found = findTextProblem(body);
    expect(found).toEqual({ path: ['operation', 'segments', 1, 'text'], problem: 'nul' });
    expect(describeTextProblem(found!)).toBe('operation.segments.1.text: contains a NUL character (U+0000), which text cannot hold.');
    expect(describeTextProblem(found!, 'The query parameter')).toMatch(/^The query parameter operation\.segments\.1\.text: /);
  });

  it('checks object keys too, and shows a bad key escaped', () => {
    const found = findTextProblem({ ['a\u0000b']: 1 });
    expect(found).toEqual({ path: ['a\\u0000b'], problem: 'nul' });
  });

  it('passes numbers, booleans, null and clean text', () => {
    expect(findTextProblem({ a: [1, true, null, 'x', { b: '한국어' }] })).toBeNull();
    expect(findTextProblem('\ud800')).toEqual({ path: [], problem: 'lone-surrogate' });
  });

  it('walks a very deep value without overflowing the stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextProblem(deep)?.problem).toBe('nul');
  });
});

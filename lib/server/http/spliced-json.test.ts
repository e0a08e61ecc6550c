import { describe, expect, it } from 'vitest';
import { jsonHead, splicedJsonResponse } from './spliced-json';

// Decision 051: a kept head and a per-request tail make one JSON text, in UTF-8.

describe('spliced JSON answers', () => {
  it.each([
    ['Hangul, quotes and markup', `{"text":["서울시는 "억원" & <쓰기로> 했다."]`, `,"n":1,"name":"정부 \\"ok\\""}`],
    ['an empty tail', '{"a":[1,2,3]}', ''],
    ['an empty head', '', '{"a":1}'],
  ])('%s: the answer is head then tail', async (_, head, tail) => {
    const res = splicedJsonResponse(jsonHead(head), tail);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe(head + tail);
  });

  it('one head serves many tails', async () => {
    const head = jsonHead('{"a":"한"');
    expect(await splicedJsonResponse(head, ',"u":1}').json()).toEqual({ a: '한', u: 1 });
    expect(await splicedJsonResponse(head, ',"u":2}').json()).toEqual({ a: '한', u: 2 });
  });
});

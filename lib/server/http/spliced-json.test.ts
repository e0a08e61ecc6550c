import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonHead, splicedGzip, splicedGzipResponse, splicedJsonResponse } from './spliced-json';

// Decision 051: a kept head and a per-request tail make one JSON text, in UTF-8; its addendum: the same text as
// one gzip member of which only the tail is compressed per request.

const cases = [
  ['Hangul, quotes and markup', `{"text":["서울시는 "억원" & <쓰기로> 했다."]`, `,"n":1,"name":"정부 \\"ok\\""}`],
  ['an empty tail', '{"a":[1,2,3]}', ''],
  ['an empty head', '', '{"a":1}'],
  ['a head larger than the DEFLATE window, repeating itself', `{"t":"${'가나다 abc '.repeat(20_000)}"`, `,"u":"${'가나다 '.repeat(50)}"}`],
  ['astral characters on both sides of the seam', '{"e":"😀"', ',"f":"😀"}'],
] as const;

describe('spliced JSON answers', () => {
  it.each(cases)('%s: the answer is head then tail', async (_, head, tail) => {
    const res = splicedJsonResponse(jsonHead(head), tail);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe(head + tail);
  });

  it.each(cases)('%s: the gzip answer inflates to the same bytes, with a valid CRC and length', (_, head, tail) => {
    const gz = splicedGzip(jsonHead(head, { gzip: true }), tail);
    // gunzipSync checks the member's CRC-32 and length and throws on a mismatch.
    expect(zlib.gunzipSync(gz).equals(Buffer.from(head + tail, 'utf8'))).toBe(true);
  });

  it('one head serves many tails, in both encodings', async () => {
    const head = jsonHead('{"a":"한"', { gzip: true });
    expect(await splicedJsonResponse(head, ',"u":1}').json()).toEqual({ a: '한', u: 1 });
    const res = splicedGzipResponse(head, ',"u":2}');
    expect(res.headers.get('content-type')).toBe('application/gzip');
    expect(res.headers.get('cache-control')).toBe('no-transform');
    expect(JSON.parse(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'))).toEqual({ a: '한', u: 2 });
    const inflated = new Response(
      (await splicedGzipResponse(head, ',"u":3}').blob()).stream().pipeThrough(new DecompressionStream('gzip')),
    );
    expect(await inflated.json()).toEqual({ a: '한', u: 3 });
  });

  it('a head kept without gzip data is refused for a gzip answer', () => {
    expect(() => splicedGzip(jsonHead('{"a":1'), '}')).toThrow(/not kept for gzip/);
  });
});

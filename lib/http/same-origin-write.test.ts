import { describe, expect, it } from 'vitest';
import { checkSameOriginWrite, type WriteRequestFacts } from './same-origin-write';

const allowed = ['http://127.0.0.1:3000', 'https://desk.example.org'];
const write = (facts: Partial<WriteRequestFacts>): WriteRequestFacts => ({
  method: 'POST',
  origin: null,
  secFetchSite: null,
  contentType: 'application/json',
  ...facts,
});

describe('checkSameOriginWrite (CSRF rule for cookie-signed API writes)', () => {
  it.each([
    ['GET', write({ method: 'GET', origin: 'http://evil.example' })],
    ['HEAD', write({ method: 'head', contentType: 'text/plain' })],
    ['same-origin JSON POST', write({ origin: 'http://127.0.0.1:3000' })],
    ['the configured public origin', write({ method: 'DELETE', origin: 'https://desk.example.org', contentType: null })],
    ['a multipart upload from this site', write({ origin: 'http://127.0.0.1:3000', contentType: 'multipart/form-data; boundary=x' })],
    ['no Origin but Sec-Fetch-Site: same-origin', write({ method: 'PATCH', secFetchSite: 'same-origin' })],
    ['an origin with a default port spelled out', write({ origin: 'https://desk.example.org:443' })],
  ])('lets through %s', (_label, facts) => {
    expect(checkSameOriginWrite(facts, allowed)).toEqual({ ok: true });
  });

  it.each([
    ['another site', write({ origin: 'http://evil.example' })],
    ['another port on the same host', write({ origin: 'http://127.0.0.1:4000' })],
    ['http instead of https', write({ origin: 'http://desk.example.org' })],
    ['a lookalike host', write({ origin: 'https://desk.example.org.evil.example' })],
    ['Origin: null (sandboxed frame, data: URL)', write({ origin: 'null' })],
    ['a garbage Origin', write({ origin: '%%%' })],
    ['a non-http Origin', write({ origin: 'file://' })],
    ['no Origin and no Sec-Fetch-Site', write({ method: 'DELETE' })],
    ['no Origin and Sec-Fetch-Site: same-site', write({ secFetchSite: 'same-site' })],
    ['no Origin and Sec-Fetch-Site: cross-site', write({ secFetchSite: 'cross-site' })],
    ['a text/plain body, even from this site', write({ origin: 'http://127.0.0.1:3000', contentType: 'text/plain;charset=UTF-8' })],
    [
      'an urlencoded form, even from this site',
      write({ origin: 'http://127.0.0.1:3000', contentType: 'Application/X-WWW-Form-Urlencoded' }),
    ],
    ['a cross-site multipart form', write({ origin: 'http://evil.example', contentType: 'multipart/form-data; boundary=x' })],
  ])('refuses %s with a message that says what to do', (_label, facts) => {
    const verdict = checkSameOriginWrite(facts, allowed);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toMatch(/API token/);
  });
});

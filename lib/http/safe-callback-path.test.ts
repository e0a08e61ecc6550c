import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-callback-path';

const origin = 'http://127.0.0.1:3000';

describe('safeCallbackPath keeps sign-in redirects on this site', () => {
  it.each([
    ['/projects', '/projects'],
    ['/projects/abc?tab=docs#top', '/projects/abc?tab=docs#top'],
    ['http://127.0.0.1:3000/review?x=1', '/review?x=1'],
    ['review', '/review'],
    ['/%E2%9C%93', '/%E2%9C%93'],
  ])('accepts the same-origin path %j', (value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });

  it.each([
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '\t//evil.example',
    '/\n/evil.example',
    '//evil.example',
    '///evil.example',
    '/.//evil.example',
    '/..//evil.example',
    'https://evil.example',
    'http://evil.example/projects',
    'HTTPS://evil.example',
    'https:evil.example',
    'http://127.0.0.1:3000@evil.example/',
    'http://127.0.0.1:3001/',
    'https://127.0.0.1:3000/',
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'http://[::1]:3000/',
    'http://%65vil.example',
    ' //evil.example',
  ])('refuses %j', (value) => {
    const path = safeCallbackPath(value, origin);
    expect(path).toBe('/');
    // Whatever comes back stays on this origin however a browser reads it.
    expect(new URL(path, origin).origin).toBe(origin);
  });

  it('percent-encoded tricks that reach it still encoded stay paths on this site', () => {
    // The query string is decoded before this runs (so `?callbackUrl=/%5Cevil.example` arrives as `/\evil.example`,
    // refused above); a value encoded twice arrives encoded once, and then it is only an odd path here.
    for (const value of ['/%5Cevil.example', '/%09/evil.example', '/%2F%2Fevil.example', '/%5C%5Cevil.example']) {
      const path = safeCallbackPath(value, origin);
      expect(new URL(path, origin).origin).toBe(origin);
      expect(path.startsWith('//')).toBe(false);
    }
  });

  it('uses the fallback for empty and unparsable values', () => {
    expect(safeCallbackPath(undefined, origin, '/projects')).toBe('/projects');
    expect(safeCallbackPath('', origin, '/projects')).toBe('/projects');
    expect(safeCallbackPath('http://[bad', origin)).toBe('/');
  });
});

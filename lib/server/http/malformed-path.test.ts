import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { refuseMalformedPath } from './malformed-path';

const check = (path: string) => refuseMalformedPath(new NextRequest(`http://127.0.0.1${path}`));

describe('refuseMalformedPath (the proxy guard in front of Next decoding path parameters)', () => {
  it.each([
    ['/api/v1/documents/%ff', /not UTF-8 text/],
    ['/api/v1/documents/%e0%80', /not UTF-8 text/],
    ['/api/v1/documents/%ed%a0%80', /not UTF-8 text/],
    ['/projects/abc/documents/%c3', /not UTF-8 text/],
    ['/api/v1/documents/ab%00cd', /contains a NUL character/],
    ['/projects/%00', /contains a NUL character/],
  ])('refuses %s with a JSON 400', async (path, message) => {
    const response = check(path);
    expect(response?.status).toBe(400);
    const body = (await response!.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.message).toMatch(message);
  });

  it.each(['/', '/api/v1/documents/cm123abc', '/projects/%ED%95%9C%EA%B8%80', '/api/v1/projects/a%20b', '/signin'])(
    'lets %s through',
    (path) => {
      expect(check(path)).toBeNull();
    },
  );
});

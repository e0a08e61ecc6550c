import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator } from 'next-intl';
import { callApi, failureText, jsonRequest, type Failure } from './api-outcome';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

// Issue 16 item 3: the browser's one API call parses every answer. The convention it replaced returned
// `body as T`, so an answer of the wrong shape reached the page as if it were right.

const answers: Record<string, { status: number; body: string }> = {
  '/good': { status: 200, body: JSON.stringify({ id: 'd1' }) },
  '/wrong-shape': { status: 200, body: JSON.stringify({ id: 42, extra: '<script>' }) },
  '/not-json': { status: 200, body: '<html>proxy error</html>' },
  '/conflict': {
    status: 409,
    body: JSON.stringify({ error: { code: 'VERSION_CONFLICT', message: 'Someone else changed this document.', currentVersion: 3 } }),
  },
  '/refused': { status: 403, body: JSON.stringify({ error: { code: 'FORBIDDEN', message: 'You may not.' } }) },
  '/failed': { status: 500, body: JSON.stringify({ error: { code: 'INTERNAL', message: 'stack trace here' } }) },
  '/signed-out': { status: 401, body: JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Sign in.' } }) },
  '/proxy-page': { status: 413, body: '<html>too large</html>' },
  '/upstream': { status: 502, body: JSON.stringify({ error: { code: 'UPSTREAM_FAILED', message: 'news.example answered HTTP 500.' } }) },
};

// Gzip answers (`application/gzip`, decision 051 addendum): inflated, then parsed like any other.
const gzipAnswers: Record<string, Buffer> = {
  '/gzip': gzipSync(JSON.stringify({ id: '문서 d2' })),
  '/gzip-wrong-shape': gzipSync(JSON.stringify({ id: 7 })),
  '/gzip-corrupt': Buffer.concat([gzipSync(JSON.stringify({ id: 'd3' })).subarray(0, 12), Buffer.from('not deflate data')]),
  '/gzip-not-json': gzipSync('<html>proxy</html>'),
};

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const gz = gzipAnswers[req.url ?? ''];
    if (gz) return void res.writeHead(200, { 'Content-Type': 'application/gzip' }).end(gz);
    const answer = answers[req.url ?? ''] ?? { status: 404, body: '' };
    res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const created = z.object({ id: z.string() });

describe('callApi', () => {
  it.each([
    ['/good', { ok: true, data: { id: 'd1' } }],
    ['/wrong-shape', { ok: false, kind: 'refused', status: 200 }],
    ['/not-json', { ok: false, kind: 'refused', status: 200 }],
    ['/conflict', { ok: false, kind: 'conflict', message: 'Someone else changed this document.' }],
    ['/refused', { ok: false, kind: 'refused', status: 403, message: 'You may not.' }],
    ['/failed', { ok: false, kind: 'network', local: { code: 'serverFailed', status: 500 } }],
    ['/upstream', { ok: false, kind: 'network', message: 'news.example answered HTTP 500.' }],
    ['/signed-out', { ok: false, kind: 'refused', status: 401, local: { code: 'signedOut' } }],
    ['/proxy-page', { ok: false, kind: 'refused', status: 413, local: { code: 'answered', status: 413 } }],
    ['/gzip', { ok: true, data: { id: '문서 d2' } }],
    ['/gzip-wrong-shape', { ok: false, kind: 'refused', status: 200, local: { code: 'unreadable' } }],
    ['/gzip-corrupt', { ok: false, kind: 'refused', status: 200, local: { code: 'unreadable' } }],
    ['/gzip-not-json', { ok: false, kind: 'refused', status: 200, local: { code: 'unreadable' } }],
  ])('%s', async (path, expected) => {
    expect(await callApi(`${origin}${path}`, created, jsonRequest({ title: 'x' }))).toMatchObject(expected);
  });

  it('reports a lost connection as network, not as a refusal', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await callApi(`http://127.0.0.1:${port}/good`, created)).toMatchObject({
      ok: false,
      kind: 'network',
      local: { code: 'offline' },
    });
  });

  it("leaves the server's own message alone: the server already speaks the reader's language", async () => {
    const refused = await callApi(`${origin}/refused`, created);
    expect(refused).not.toHaveProperty('local');
  });
});

describe('failureText', () => {
  const english = createTranslator({ locale: 'en', messages: en, namespace: 'api' });
  const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'api' });

  it("shows the server's message as it came", () => {
    const failure: Failure = { ok: false, kind: 'refused', status: 403, message: '권한이 없습니다.' };
    expect(failureText(failure, korean)).toBe('권한이 없습니다.');
  });

  it('words a local problem from the catalog, with its status', () => {
    const failure: Failure = { ok: false, kind: 'network', message: 'x', local: { code: 'serverFailed', status: 503 } };
    expect(failureText(failure, english)).toBe('Not saved: the server failed (503).');
    expect(failureText(failure, korean)).toBe('저장하지 못했습니다: 서버 오류 (503).');
  });

  it.each(['offline', 'unreadable', 'signedOut'] as const)('%s reads in Korean', (code) => {
    const text = failureText({ ok: false, kind: 'network', message: 'x', local: { code } }, korean);
    expect(text).toMatch(/[가-힣]/);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '@/lib/import/decode-html-bytes';
import { ImportError, type ImportErrorCode } from '@/lib/import/import-error';
import { safeFetch, type SafeFetchOptions } from './safe-fetch';

const PAGE = '<!doctype html><html lang="ko"><meta charset="utf-8"><title>기사</title><p>본문 &amp; 내용</p></html>';
let server: http.Server;
let origin: string;
let port: number;

// A local site with one route per failure mode. Ephemeral port on 127.0.0.1; every response ends
// or is destroyed, and the server closes after the suite (and unrefs, so it cannot hold the run).
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const redirect = (location: string, status = 302) => res.writeHead(status, { location }).end();
    if (path === '/ok') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/gzip') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
    if (path === '/gzip-bomb')
      return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(3_000_000, 0x20)));
    if (path === '/euc-kr')
      return res.writeHead(200, { 'content-type': 'text/html; charset=euc-kr' }).end(Buffer.from([0xc7, 0xd1, 0xb1, 0xdb]));
    if (path === '/json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    if (path === '/500') return res.writeHead(500, { 'content-type': 'text/html' }).end('oops');
    if (path === '/404') return res.writeHead(404).end();
    if (path === '/declared-big') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': '999999999' }).end();
    if (path === '/streamed-big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && !res.destroyed && res.write(chunk)) sent++;
        if (sent >= 50 || res.destroyed) return res.end();
        res.once('drain', pump);
      };
      return pump();
    }
    if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>partial'); // and never more: only the client's timeout ends this, however fast the machine
      return;
    }
    if (path.startsWith('/chain/')) {
      const n = Number(path.split('/')[2]);
      return n > 0 ? redirect(`/chain/${n - 1}`, 301) : redirect('/ok', 308);
    }
    if (path === '/loop') return redirect('/loop');
    if (path === '/to-localhost') return redirect(`http://localhost:${port}/ok`);
    if (path === '/to-metadata') return redirect('http://169.254.169.254/latest/meta-data/');
    if (path === '/to-ipv6-loopback') return redirect(`http://[::1]:${port}/ok`);
    if (path === '/to-mapped') return redirect(`http://[::ffff:127.0.0.1]:${port}/ok`);
    if (path === '/to-file') return redirect('file:///etc/passwd');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// Timeouts far beyond any answer, so a busy machine cannot turn an expected outcome into TIMEOUT; only /slow
// (which never finishes) and the resolver that never answers are meant to time out.
const GENEROUS_MS = 60_000;
const allowLocal: SafeFetchOptions = { allowHosts: ['127.0.0.1'], totalTimeoutMs: GENEROUS_MS, connectTimeoutMs: GENEROUS_MS };

async function expectCode(promise: Promise<unknown>, code: ImportErrorCode, detail?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  if (detail) expect((error as ImportError).message).toMatch(detail);
}

describe('safeFetch against a local server', () => {
  it('fetches an HTML page and reports the final URL', async () => {
    const result = await safeFetch(`${origin}/ok`, allowLocal);
    expect(result.status).toBe(200);
    expect(decodeHtmlBytes(result.body, result.contentType)).toBe(PAGE);
    expect(result.redirects).toEqual([]);
  });

  it('decompresses gzip, and the size cap applies to the decompressed bytes', async () => {
    const result = await safeFetch(`${origin}/gzip`, allowLocal);
    expect(decodeHtmlBytes(result.body, result.contentType)).toBe(PAGE);
    await expectCode(safeFetch(`${origin}/gzip-bomb`, { ...allowLocal, maxBytes: 1_000_000 }), 'RESPONSE_TOO_LARGE');
  });

  it('decodes EUC-KR pages by their declared charset', async () => {
    const result = await safeFetch(`${origin}/euc-kr`, allowLocal);
    expect(decodeHtmlBytes(result.body, result.contentType)).toBe('한글');
  });

  it('follows redirects by hand, up to the limit', async () => {
    const result = await safeFetch(`${origin}/chain/2`, allowLocal);
    expect(result.url).toBe(`${origin}/ok`);
    expect(result.redirects).toEqual([`${origin}/chain/2`, `${origin}/chain/1`, `${origin}/chain/0`]);
    await expectCode(safeFetch(`${origin}/chain/9`, { ...allowLocal, maxRedirects: 3 }), 'TOO_MANY_REDIRECTS');
    await expectCode(safeFetch(`${origin}/loop`, allowLocal), 'TOO_MANY_REDIRECTS');
  });

  it.each<[string, ImportErrorCode, RegExp]>([
    ['/500', 'HTTP_STATUS', /HTTP 500/],
    ['/404', 'HTTP_STATUS', /HTTP 404/],
    ['/json', 'NOT_HTML', /application\/json/],
    ['/declared-big', 'RESPONSE_TOO_LARGE', /declared/],
    ['/streamed-big', 'RESPONSE_TOO_LARGE', /over/],
    ['/slow', 'TIMEOUT', /within 500 ms/],
    ['/to-localhost', 'BLOCKED_ADDRESS', /localhost resolves to .*loopback/],
    ['/to-metadata', 'BLOCKED_ADDRESS', /169\.254\.169\.254 is link-local/],
    ['/to-ipv6-loopback', 'BLOCKED_ADDRESS', /::1 is loopback/],
    ['/to-mapped', 'BLOCKED_ADDRESS', /loopback/],
    ['/to-file', 'BAD_SCHEME', /file:/],
  ])('%s → %s', async (path, code, detail) => {
    const totalTimeoutMs = path === '/slow' ? 500 : GENEROUS_MS;
    await expectCode(safeFetch(`${origin}${path}`, { ...allowLocal, maxBytes: 1_000_000, totalTimeoutMs }), code, detail);
  });

  it('gives HTTP status errors a user message that names the status', async () => {
    const error = await safeFetch(`${origin}/500`, allowLocal).catch((e: ImportError) => e);
    expect((error as ImportError).userMessage).toBe('The site answered with an error (HTTP 500).');
  });

  it('refuses 127.0.0.1 when it is not explicitly allowed', async () => {
    await expectCode(safeFetch(`${origin}/ok`), 'BLOCKED_ADDRESS', /127\.0\.0\.1 is loopback/);
  });
});

describe('safeFetch without a network', () => {
  it.each<[string, ImportErrorCode]>([
    ['ftp://example.com/a', 'BAD_SCHEME'],
    ['javascript:alert(1)', 'BAD_SCHEME'],
    ['not a url', 'BAD_URL'],
    ['http://10.0.0.1/', 'BLOCKED_ADDRESS'],
    ['http://0.0.0.0/', 'BLOCKED_ADDRESS'],
    ['http://2130706433/', 'BLOCKED_ADDRESS'],
    ['http://0x7f.1/', 'BLOCKED_ADDRESS'],
    ['http://[fd00::1]/', 'BLOCKED_ADDRESS'],
    ['http://100.64.1.1/', 'BLOCKED_ADDRESS'],
    ['http://224.0.0.1/', 'BLOCKED_ADDRESS'],
  ])('%s → %s', async (url, code) => {
    await expectCode(safeFetch(url, { totalTimeoutMs: GENEROUS_MS }), code);
  });

  it('checks every address a name resolves to, after resolution (DNS rebinding to a private address)', async () => {
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    await expectCode(
      safeFetch('http://rebind.example/', { resolve, totalTimeoutMs: GENEROUS_MS }),
      'BLOCKED_ADDRESS',
      /rebind\.example resolves to 10\.0\.0\.7/,
    );
  });

  it('bounds the connect phase (a resolver that never answers hits the connect timeout)', async () => {
    const resolve = () => new Promise<never>(() => {});
    await expectCode(
      safeFetch('http://hangs.example/', { resolve, connectTimeoutMs: 200, totalTimeoutMs: GENEROUS_MS }),
      'TIMEOUT',
      /no connection within 200 ms/,
    );
  });

  it('reports a name that does not resolve as a typo, naming the host, when other names resolve', async () => {
    const looked: string[] = [];
    const resolve = async (hostname: string) => {
      looked.push(hostname);
      if (hostname === 'example.com') return [{ address: '93.184.216.34', family: 4 }];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const error = await safeFetch('http://no-such-host.example/', { resolve, totalTimeoutMs: GENEROUS_MS }).catch((e: unknown) => e);
    await expectCode(Promise.reject(error), 'DNS_FAILED', /ENOTFOUND/);
    expect((error as ImportError).userMessage).toMatch(/no site called “no-such-host\.example”/);
    expect((error as ImportError).userMessage).toMatch(/typo.*paste the article text/);
    expect(looked).toEqual(['no-such-host.example', 'example.com']);
  });

  it('tells the server being offline from a typo: no name resolves at all', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('temporary failure'), { code: 'EAI_AGAIN' });
    };
    const error = await safeFetch('https://english.news.example/a/1', { resolve, totalTimeoutMs: GENEROUS_MS }).catch((e: unknown) => e);
    await expectCode(Promise.reject(error), 'OFFLINE', /EAI_AGAIN/);
    expect((error as ImportError).userMessage).toMatch(
      /“english\.news\.example” could not be looked up.*no network connection.*paste the article text/,
    );
  });

  it('names the host when the connection times out', async () => {
    const resolve = () => new Promise<never>(() => {});
    const error = await safeFetch('http://hangs.example/', { resolve, connectTimeoutMs: 200, totalTimeoutMs: GENEROUS_MS }).catch(
      (e: unknown) => e,
    );
    expect((error as ImportError).userMessage).toMatch(/“hangs\.example” took too long/);
  });
});

import 'server-only';
// Server-side fetch of a user-given URL (SSRF-safe). http(s) only; every hop's host is resolved by
// our own lookup, and the connection goes to the address we checked (no DNS rebinding between check
// and connect); private, loopback, link-local, unique-local, CGNAT, multicast and unspecified
// addresses are refused on every hop. Redirects are followed by hand, bodies are streamed under a
// byte cap, and connect and total time are bounded. See docs/decisions/008-article-import-safety.md.

import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { classifyAddress } from '@/lib/import/blocked-address';
import { ImportError } from '@/lib/import/import-error';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface SafeFetchOptions {
  maxBytes?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxRedirects?: number;
  /** Accepted media types; default HTML. Pass [] to accept any. */
  accept?: readonly string[];
  /** Host names (as written in the URL) allowed even when they resolve to a private address. Tests use ['127.0.0.1']. */
  allowHosts?: readonly string[];
  allowPrivate?: boolean;
  userAgent?: string;
  /** DNS resolution; injectable for tests. Defaults to the system resolver (all addresses). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** A name that always exists: when a host cannot be resolved, looking this one up tells a typo from being offline. */
  offlineProbeHost?: string;
}

export interface SafeFetchResult {
  /** The final URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  /** URLs that redirected, in order. */
  redirects: string[];
}

export const SAFE_FETCH_DEFAULTS = {
  maxBytes: 5 * 1024 * 1024,
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxRedirects: 5,
  accept: ['text/html', 'application/xhtml+xml'],
  userAgent: 'BitextDesk/0.1 (+article import)',
  offlineProbeHost: 'example.com',
} as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<SafeFetchOptions, 'allowHosts'>> & { allowHosts: Set<string>; signal: AbortSignal };
type Hop = { redirect: string } | { result: Omit<SafeFetchResult, 'url' | 'redirects'> };

export function parseFetchUrl(input: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new ImportError('BAD_URL', input.slice(0, 200));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImportError('BAD_SCHEME', url.protocol);
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}

export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const controller = new AbortController();
  const settings: Settings = {
    ...SAFE_FETCH_DEFAULTS,
    allowPrivate: false,
    resolve: (hostname) => dnsLookup(hostname, { all: true, verbatim: true }),
    ...options,
    allowHosts: new Set((options.allowHosts ?? []).map((h) => h.toLowerCase())),
    signal: controller.signal,
  };
  const timer = setTimeout(() => controller.abort(), settings.totalTimeoutMs);
  const redirects: string[] = [];
  let host: string | undefined;
  try {
    let url = parseFetchUrl(input);
    for (;;) {
      host = url.hostname;
      const hop = await requestOnce(url, settings);
      if ('result' in hop) return { ...hop.result, url: url.href, redirects };
      if (redirects.length >= settings.maxRedirects) throw new ImportError('TOO_MANY_REDIRECTS', `more than ${settings.maxRedirects}`);
      redirects.push(url.href);
      url = parseFetchUrl(hop.redirect, url.href);
    }
  } catch (error) {
    if (controller.signal.aborted && !(error instanceof ImportError && error.code !== 'NETWORK')) {
      throw new ImportError('TIMEOUT', `no complete answer within ${settings.totalTimeoutMs} ms`, { host });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function checkAddress(host: string, address: string, settings: Settings): void {
  if (settings.allowPrivate || settings.allowHosts.has(host.toLowerCase())) return;
  const kind = classifyAddress(address);
  if (kind !== 'public')
    throw new ImportError('BLOCKED_ADDRESS', host === address ? `${address} is ${kind}` : `${host} resolves to ${address} (${kind})`);
}

/**
 * A host that cannot be resolved is a typo (DNS_FAILED) when another, always-existing name still resolves, and the
 * server being offline (OFFLINE) when that fails too. One extra lookup, only on failure.
 */
async function lookupFailure(hostname: string, error: NodeJS.ErrnoException, settings: Settings): Promise<ImportError> {
  const detail = `${hostname}: ${error.code ?? error.message}`;
  const online = await settings.resolve(settings.offlineProbeHost).then(
    (addresses) => addresses.length > 0,
    () => false,
  );
  return new ImportError(online ? 'DNS_FAILED' : 'OFFLINE', detail, { cause: error, host: hostname });
}

function requestOnce(url: URL, settings: Settings): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) checkAddress(host, host, settings);
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    settings
      .resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new ImportError('DNS_FAILED', hostname, { host: hostname });
        for (const { address } of addresses) checkAddress(hostname, address, settings);
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      })
      .catch(async (error: NodeJS.ErrnoException) => {
        const failure = error instanceof ImportError ? error : await lookupFailure(hostname, error, settings);
        callback(failure, '');
      });
  };

  return new Promise<Hop>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'GET',
      agent: false,
      lookup,
      signal: settings.signal,
      headers: {
        'user-agent': settings.userAgent,
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('socket', (socket) => {
      const connectTimer = setTimeout(
        () => req.destroy(new ImportError('TIMEOUT', `no connection within ${settings.connectTimeoutMs} ms`, { host })),
        settings.connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(connectTimer));
      socket.once('close', () => clearTimeout(connectTimer));
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(error instanceof ImportError ? error : new ImportError('NETWORK', error.code ?? error.message, { cause: error, host })),
    );
    req.on('response', (res) => {
      handleResponse(res, settings).then(resolve, (error: unknown) => {
        res.destroy();
        reject(error);
      });
    });
    req.end();
  });
}

async function handleResponse(res: IncomingMessage, settings: Settings): Promise<Hop> {
  const status = res.statusCode ?? 0;
  if (REDIRECTS.has(status) && res.headers.location) {
    res.resume();
    return { redirect: res.headers.location };
  }
  if (status < 200 || status >= 300) throw new ImportError('HTTP_STATUS', `HTTP ${status}`);
  const contentType = (res.headers['content-type'] ?? '').toLowerCase();
  const mediaType = contentType.split(';')[0].trim();
  if (settings.accept.length > 0 && !settings.accept.includes(mediaType)) throw new ImportError('NOT_HTML', mediaType || 'no content type');
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (declared > settings.maxBytes) throw new ImportError('RESPONSE_TOO_LARGE', `${declared} bytes declared, limit ${settings.maxBytes}`);
  const body = await readCapped(decoded(res), settings.maxBytes);
  return { result: { status, contentType, body } };
}

/** Decompresses by Content-Encoding; the cap applies to the decompressed bytes (no zip bombs). */
function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  return res;
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new ImportError('RESPONSE_TOO_LARGE', `over ${maxBytes} bytes`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof ImportError) throw error;
    const err = error as NodeJS.ErrnoException;
    throw new ImportError('NETWORK', err.code ?? err.message, { cause: error });
  }
  return new Uint8Array(Buffer.concat(chunks));
}

// Fetched pages arrive as bytes in the charset the site chose. Korean sites still serve EUC-KR, so
// the charset comes from the Content-Type header, else a <meta> in the first 2 KB, else UTF-8.

import { ImportError } from './import-error';

export function sniffHtmlCharset(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const fromMeta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  return (fromMeta ?? 'utf-8').toLowerCase();
}

/** Decodes an HTML response body; an unknown charset or invalid bytes are typed errors. */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null): string {
  const charset = sniffHtmlCharset(bytes, contentType);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ImportError('INVALID_UTF8', `unsupported charset ${charset}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError('INVALID_UTF8', `invalid ${charset} bytes`);
  }
}

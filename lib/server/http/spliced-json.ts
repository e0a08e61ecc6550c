import 'server-only';
import zlib from 'node:zlib';

// A JSON answer made of a large part kept between requests (the head) and a small part written per request (the
// tail), sent without serializing or encoding the head again (decision 051). The head is kept as UTF-8 bytes.
//
// Compressed answers (decision 051 addendum). Next drops a route's own Content-Encoding header and gzips every
// compressible answer itself, on every request: for a 2,000-bead document that is ~0.75 MB through zlib per open,
// more CPU than building the answer. A head kept with `gzip` also keeps its DEFLATE data, ended by a full flush
// (byte-aligned, no back-reference past it), and the CRC-32 of its bytes; an answer is then one standard gzip
// member: the kept data, the tail deflated on its own, the CRC continued over the tail and the total length.
// It is sent as `application/gzip` (which Next does not compress again) and the client inflates it
// (lib/http/api-outcome.ts, with the browser's DecompressionStream).

export interface JsonHead {
  utf8: Buffer;
  /** The head's raw DEFLATE data (ended by a full flush) and the CRC-32 of `utf8`, when kept for gzip answers. */
  gzip?: { deflated: Buffer; crc: number };
}

export const jsonHead = (text: string, { gzip = false } = {}): JsonHead => {
  const utf8 = Buffer.from(text, 'utf8');
  if (!gzip) return { utf8 };
  const deflated = zlib.deflateRawSync(utf8, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  return { utf8, gzip: { deflated, crc: zlib.crc32(utf8) } };
};

/** What a kept head holds in memory, for the cache's byte bound. */
export const headBytes = (head: JsonHead): number => head.utf8.length + (head.gzip?.deflated.length ?? 0);

/** The whole text, for a caller that hands it on as a string (the document page's prop). */
export const splicedJsonText = (head: JsonHead, tail: string): string => head.utf8.toString('utf8') + tail;

export function splicedJsonResponse(head: JsonHead, tail: string): Response {
  return new Response(Buffer.concat([head.utf8, Buffer.from(tail, 'utf8')]), {
    headers: { 'Content-Type': 'application/json' },
  });
}

/** gzip member header: magic, DEFLATE, no flags, no time, no extra flags, unknown OS (RFC 1952). */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);

/** Head then tail as one gzip member; only the tail is compressed here. */
export function splicedGzip(head: JsonHead, tail: string): Buffer<ArrayBuffer> {
  if (!head.gzip) throw new Error('This head was not kept for gzip answers.');
  const tailUtf8 = Buffer.from(tail, 'utf8');
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(tailUtf8, head.gzip.crc), 0);
  trailer.writeUInt32LE((head.utf8.length + tailUtf8.length) % 2 ** 32, 4);
  return Buffer.concat([GZIP_HEADER, head.gzip.deflated, zlib.deflateRawSync(tailUtf8), trailer]);
}

/** The same answer as `splicedJsonResponse`, gzip-compressed, for a client that asked for it (`encoding=gzip`). */
export function splicedGzipResponse(head: JsonHead, tail: string): Response {
  return new Response(splicedGzip(head, tail), {
    headers: { 'Content-Type': 'application/gzip', 'Cache-Control': 'no-transform' },
  });
}

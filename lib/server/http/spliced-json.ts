import 'server-only';

// A JSON answer made of a large part kept between requests (the head) and a small part written per request (the
// tail), sent without serializing or encoding the head again (decision 051). The head is kept as UTF-8 bytes.
// Compression stays Next's (`compress`, on by default): Next drops a route's own Content-Encoding header and
// compresses every answer itself, so gzip data kept with the head could not be sent as such (decision 051).

export interface JsonHead {
  utf8: Buffer;
}

export const jsonHead = (text: string): JsonHead => ({ utf8: Buffer.from(text, 'utf8') });

export const headBytes = (head: JsonHead): number => head.utf8.length;

/** The whole text, for a caller that hands it on as a string (the document page's prop). */
export const splicedJsonText = (head: JsonHead, tail: string): string => head.utf8.toString('utf8') + tail;

export function splicedJsonResponse(head: JsonHead, tail: string): Response {
  return new Response(new Uint8Array(Buffer.concat([head.utf8, Buffer.from(tail, 'utf8')])), {
    headers: { 'Content-Type': 'application/json' },
  });
}

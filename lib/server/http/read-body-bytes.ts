import 'server-only';
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/server/errors';

// The one way to read a request body (JSON, raw files and multipart alike; an ESLint rule forbids
// req.json()/formData()/arrayBuffer()/text()/body elsewhere). Every reader is capped: a Content-Length over the
// cap is refused before a byte is read, and a chunked body (no Content-Length) is refused as soon as it passes
// the cap, so at most cap + one chunk is ever pulled. Routes declare their access check in apiHandler
// (`access: …`), which runs before the handler and so before any body is read (decision 017).

/** Room for multipart boundaries, part headers and small text fields around the capped file(s). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number, what: string) =>
  new AppError(
    'TOO_LARGE',
    `${what} is larger than the limit of ${(maxBytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 2 })} MB.`,
  );

/** The body as a stream of byte chunks, refused with 413 as soon as it passes `maxBytes`. */
export async function* streamBody(req: NextRequest, maxBytes: number, what = 'The file'): AsyncGenerator<Uint8Array> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes, what);
  if (!req.body) return;
  const reader = req.body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes, what);
      yield value;
    }
  } finally {
    // Stops the upload on a refusal or when the consumer gives up early; a no-op after the last chunk.
    await reader.cancel().catch(() => undefined);
  }
}

/** The whole body as bytes (for bodies that must be parsed whole), capped like streamBody. */
export async function readBodyBytes(req: NextRequest, maxBytes: number, what = 'The file'): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of streamBody(req, maxBytes, what)) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A multipart/form-data body, parsed from at most `maxBytes` (files, fields and framing together). */
export async function readFormData(req: NextRequest, maxBytes: number, what = 'The upload'): Promise<FormData> {
  const bytes = await readBodyBytes(req, maxBytes, what);
  try {
    return await new Response(bytes, { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new AppError('INVALID_INPUT', 'The form data could not be read (send multipart/form-data with its boundary).');
  }
}

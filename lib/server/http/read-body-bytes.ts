import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/server/errors';

/**
 * A request body as bytes, refused with 413 as soon as it passes `maxBytes` (also when the client sends no
 * Content-Length), so an upload never sits whole in memory before the size check.
 */
export async function readBodyBytes(req: NextRequest, maxBytes: number, what = 'The file'): Promise<Uint8Array> {
  const tooLarge = () => new AppError('TOO_LARGE', `${what} is larger than the limit of ${(maxBytes / (1024 * 1024)).toLocaleString('en')} MB.`);
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

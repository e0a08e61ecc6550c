import 'server-only';
import type { NextRequest } from 'next/server';
import { MAX_ZIP_BYTES } from '@/lib/import/zip-pairs';
import { AppError } from '@/lib/server/errors';
import { MULTIPART_OVERHEAD_BYTES, readBodyBytes, readFormData } from '@/lib/server/http/read-body-bytes';
import { assertCleanForm, assertCleanText, decodeUtf8Body } from '@/lib/server/http/text-input';

// The body of POST …/batches: a CSV or a zip, sent raw or as the multipart field "file". The body is read
// with a byte limit (multipart included), so an oversized upload is refused without being held in memory.

export const MAX_CSV_BYTES = 1024 * 1024;
const ZIP_TYPES = new Set(['application/zip', 'application/x-zip-compressed', 'application/x-zip']);

export type BatchUpload = { kind: 'csv'; csv: string; fileName: string | null } | { kind: 'zip'; zip: Uint8Array; fileName: string | null };

const mediaType = (value: string | null) => (value ?? '').split(';')[0].trim().toLowerCase();
/** Zip files start with a local file header (or, when empty, the end record). */
const looksLikeZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

function decide(bytes: Uint8Array, isZip: boolean, fileName: string | null): BatchUpload {
  if (isZip || looksLikeZip(bytes)) return { kind: 'zip', zip: bytes, fileName };
  if (bytes.byteLength > MAX_CSV_BYTES) throw new AppError('TOO_LARGE', `The CSV is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB.`);
  const csv = decodeUtf8Body(bytes);
  assertCleanText(csv, 'The CSV');
  return { kind: 'csv', csv, fileName };
}

export async function readBatchUpload(req: NextRequest): Promise<BatchUpload> {
  const type = mediaType(req.headers.get('content-type'));
  if (type !== 'multipart/form-data') return decide(await readBodyBytes(req, MAX_ZIP_BYTES, 'The upload'), ZIP_TYPES.has(type), null);
  const form = await readFormData(req, MAX_ZIP_BYTES + MULTIPART_OVERHEAD_BYTES, 'The upload');
  assertCleanForm(form);
  const file = form.get('file');
  if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'Send the CSV or zip in a form field named "file".');
  if (file.size > MAX_ZIP_BYTES) throw new AppError('TOO_LARGE', `The zip is larger than ${MAX_ZIP_BYTES / 1024 / 1024} MB.`);
  return decide(
    new Uint8Array(await file.arrayBuffer()),
    file.name.toLowerCase().endsWith('.zip') || ZIP_TYPES.has(mediaType(file.type)),
    file.name || null,
  );
}

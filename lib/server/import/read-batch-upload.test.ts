import { strToU8, zipSync } from 'fflate';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_BYTES } from '@/lib/import/zip-pairs';
import { MAX_CSV_BYTES, readBatchUpload } from './read-batch-upload';

const url = 'http://localhost/api/v1/projects/p/batches';
const zip = zipSync({ 'a.ko.txt': strToU8('가'), 'a.en.txt': strToU8('A') });
const csv = 'english_url,korean_url\nhttps://e.example/1,\n';
const post = (body: BodyInit, headers: Record<string, string> = {}) => new NextRequest(url, { method: 'POST', body, headers });
const form = (file: File) => {
  const data = new FormData();
  data.set('file', file);
  return post(data);
};

describe('readBatchUpload', () => {
  it('tells a CSV from a zip, raw or multipart, by type, name or content', async () => {
    expect(await readBatchUpload(post(csv, { 'content-type': 'text/csv' }))).toEqual({ kind: 'csv', csv, fileName: null });
    expect(await readBatchUpload(post(zip, { 'content-type': 'application/zip' }))).toEqual({ kind: 'zip', zip, fileName: null });
    expect(await readBatchUpload(post(zip, { 'content-type': 'application/octet-stream' }))).toMatchObject({ kind: 'zip' }); // curl --data-binary without a type
    expect(await readBatchUpload(form(new File([zip], 'Desk.ZIP')))).toEqual({ kind: 'zip', zip, fileName: 'Desk.ZIP' });
    expect(await readBatchUpload(form(new File([csv], 'pairs.csv', { type: 'text/csv' })))).toEqual({
      kind: 'csv',
      csv,
      fileName: 'pairs.csv',
    });
  });

  it('refuses oversized uploads before reading them whole, and a form without the file field', async () => {
    await expect(readBatchUpload(post('x', { 'content-length': String(MAX_ZIP_BYTES + 1) }))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(readBatchUpload(post(new Uint8Array(MAX_ZIP_BYTES + 1), { 'content-type': 'application/zip' }))).rejects.toMatchObject({
      code: 'TOO_LARGE',
    });
    await expect(readBatchUpload(post('a'.repeat(MAX_CSV_BYTES + 1), { 'content-type': 'text/csv' }))).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'The CSV is larger than 1 MB.',
    });
    const data = new FormData();
    data.set('other', 'x');
    await expect(readBatchUpload(post(data))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/field named "file"/),
    });
  });
});

import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST as postOperation } from '@/app/api/v1/documents/[documentId]/operations/route';
import { POST as postBatch } from '@/app/api/v1/projects/[projectId]/batches/route';
import { POST as postDocument } from '@/app/api/v1/projects/[projectId]/documents/route';
import { POST as postGlossaryImport } from '@/app/api/v1/projects/[projectId]/glossary/import/route';
import { POST as postTmx } from '@/app/api/v1/projects/[projectId]/tmx/route';
import { TMX_READ_LIMITS } from '@/lib/formats/tmx-reader';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { makeDocument, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { MAX_JSON_BYTES } from './api-handler';
import { MULTIPART_OVERHEAD_BYTES } from './read-body-bytes';

// Issue 9 item 5: access is checked before any body is read, and every body (multipart and chunked ones too) is
// read through one capped reader. Bodies are ReadableStreams built here, so the test counts the bytes the
// server pulled.

const CHUNK = 64 * 1024;
const BOUNDARY = 'bitext-test-boundary';

/** A body of `total` bytes in CHUNK pieces (one shared buffer, so even 200 MB costs no memory), counting pulls. */
function countingBody(total: number, head = '') {
  const counter = { pulled: 0 };
  const filler = new Uint8Array(CHUNK).fill(0x41);
  const first = new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.tmx"\r\n\r\n${head}`);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = counter.pulled === 0 ? first : filler.subarray(0, Math.min(CHUNK, total - counter.pulled));
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (counter.pulled >= total) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

type Handler = (req: NextRequest, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(
  handler: Handler,
  params: Record<string, string>,
  token: string,
  body: ReadableStream<Uint8Array>,
  contentType: string,
) {
  const init = { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': contentType }, body, duplex: 'half' };
  const req = new NextRequest('http://localhost/api/v1/upload', init as ConstructorParameters<typeof NextRequest>[1]);
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
}

const multipart = `multipart/form-data; boundary=${BOUNDARY}`;

describe('uploads: access before the body, one capped reader', () => {
  it.each([
    ['a multipart article pair', postDocument as Handler, multipart],
    ['a multipart TMX', postTmx as Handler, multipart],
    ['a raw TMX', postTmx as Handler, 'application/x-tmx+xml'],
    ['a batch zip', postBatch as Handler, 'application/zip'],
    ['a glossary file', postGlossaryImport as Handler, 'text/tab-separated-values'],
  ])('answers 404 for %s to a project that is not mine without reading the body', async (_what, handler, type) => {
    const { project } = await makeTeam();
    const stranger = await makeUser();
    const { token } = await createApiToken(stranger.id);
    const { stream, counter } = countingBody(150 * 1024 * 1024);
    const res = await call(handler, { projectId: project.id }, token, stream, type);
    expect(res.status).toBe(404);
    expect(counter.pulled).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('answers 403 to a viewer uploading, without reading the body', async () => {
    const { project, viewer } = await makeTeam();
    const { token } = await createApiToken(viewer.id);
    const { stream, counter } = countingBody(150 * 1024 * 1024);
    const res = await call(postDocument as Handler, { projectId: project.id }, token, stream, multipart);
    expect(res.status).toBe(403);
    expect(counter.pulled).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('answers 404 for a JSON operation on a document that is not mine without reading the body', async () => {
    const { editor, project } = await makeTeam();
    const { id } = await makeDocument(editor, project.id);
    const stranger = await makeUser();
    const { token } = await createApiToken(stranger.id);
    const { stream, counter } = countingBody(MAX_JSON_BYTES);
    const res = await call(postOperation as Handler, { documentId: id }, token, stream, 'application/json');
    expect(res.status).toBe(404);
    expect(counter.pulled).toBeLessThanOrEqual(2 * CHUNK);
  });

  it.each([
    ['a chunked multipart TMX', postTmx as Handler, multipart, TMX_READ_LIMITS.maxBytes + MULTIPART_OVERHEAD_BYTES],
    ['a chunked multipart article pair', postDocument as Handler, multipart, MAX_JSON_BYTES + MULTIPART_OVERHEAD_BYTES],
    ['a chunked glossary file', postGlossaryImport as Handler, 'text/tab-separated-values', 6 * 1024 * 1024],
  ])('refuses %s over its limit with 413 after reading at most the limit and one chunk', async (_what, handler, type, cap) => {
    const { project, editor } = await makeTeam();
    const { token } = await createApiToken(editor.id);
    const { stream, counter } = countingBody(cap + 10 * CHUNK);
    const res = await call(handler, { projectId: project.id }, token, stream, type);
    expect(res.status).toBe(413);
    expect(res.body.error?.message).toMatch(/larger than the limit/);
    expect(counter.pulled).toBeLessThanOrEqual(cap + CHUNK);
  });

  it('still imports a multipart article pair and a raw TMX within the limits', async () => {
    const { project, editor } = await makeTeam();
    const { token } = await createApiToken(editor.id);
    const form = new FormData();
    form.set('sourceText', '서울시가 심야 자율주행 버스를 운행한다.');
    form.set('targetText', 'Seoul will run driverless night buses.');
    const encoded = new Response(form);
    const pair = await call(postDocument as Handler, { projectId: project.id }, token, encoded.body!, encoded.headers.get('content-type')!);
    expect(pair.status).toBe(201);
    const tmx =
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="sentence" o-tmf="t" adminlang="en" creationtool="t" creationtoolversion="1"/><body><tu><tuv xml:lang="ko"><seg>버스</seg></tuv><tuv xml:lang="en"><seg>bus</seg></tuv></tu></body></tmx>';
    const raw = new Response(tmx).body!;
    const imported = await call(postTmx as Handler, { projectId: project.id }, token, raw, 'application/x-tmx+xml');
    expect(imported.status).toBe(201);
  });
});

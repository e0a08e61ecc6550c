// The live stream of a document (decision 042) against PostgreSQL: changes arrive as deltas through LISTEN/NOTIFY,
// a late subscriber catches up from the change rows, presence moves arrive, and hostile requests get a 4xx.

import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as events from '@/app/api/v1/documents/[documentId]/events/route';
import * as presenceRoute from '@/app/api/v1/documents/[documentId]/presence/route';
import { applyDelta, documentDeltaSchema } from '@/lib/alignment/document-delta';
import { presenceSchema } from '@/lib/alignment/document-view-schema';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { changeReads } from '@/lib/server/documents/document-changes';
import { getDocument } from '@/lib/server/testing/get-document';
import { heartbeat } from '@/lib/server/documents/presence';
import { documentAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { failure } from '@/lib/server/testing/failure';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';

type Team = Awaited<ReturnType<typeof makeTeam>>;

interface Frame {
  event: string;
  data: unknown;
  id?: string;
}

/** Opens the stream as the route handler serves it, and reads frames as they come. */
async function open(documentId: string, token: string, query = '') {
  const abort = new AbortController();
  const req = new NextRequest(`http://127.0.0.1/api/v1/documents/${documentId}/events${query}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const res = await events.GET(req, { params: Promise.resolve({ documentId }) });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const frames: Frame[] = [];
  /** The next frame of `event`, waiting for it to arrive (the test's own timeout bounds the wait). */
  async function next(event: string): Promise<Frame> {
    for (;;) {
      const at = frames.findIndex((f) => f.event === event);
      if (at >= 0) return frames.splice(at, 1)[0];
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`The stream ended before a ${event} event.`);
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((line) => !line.startsWith(':') && line.includes(': '))
            .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
        );
        if (fields.event) frames.push({ event: fields.event, data: JSON.parse(fields.data ?? 'null'), id: fields.id });
      }
    }
  }
  return { next, close: () => abort.abort() };
}

describe('document event stream', () => {
  let team: Team;
  let editorToken: string;
  let adminToken: string;
  let outsiderToken: string;
  const streams: { close: () => void }[] = [];
  beforeAll(async () => {
    team = await makeTeam();
    editorToken = (await createApiToken(team.editor.id)).token;
    adminToken = (await createApiToken(team.admin.id)).token;
    outsiderToken = (await createApiToken((await makeTeam()).editor.id)).token;
  });
  afterAll(() => streams.forEach((s) => s.close()));

  it('sends another user’s change as a delta that turns the state into the new one, and their bead', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const stream = await open(id, editorToken, `?since=${start.version}`);
    streams.push(stream);
    expect(presenceSchema.parse((await stream.next('presence')).data)).toEqual([]);

    await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'merge', beadId: start.beads[2].id },
    });
    const frame = await stream.next('change');
    expect(frame.id).toBe(String(start.version + 1));
    const delta = documentDeltaSchema.parse(frame.data);
    expect(delta.userId).toBe(team.admin.id);
    const now = await getDocument(team.editor, { documentId: id });
    const applied = applyDelta(start, delta);
    expect(applied?.beads).toEqual(now.beads);
    // A delta is small: the merged bead, not the document.
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(now).length / 5);

    await heartbeat(team.admin, { documentId: id, beadId: now.beads[2].id });
    const presence = presenceSchema.parse((await stream.next('presence')).data);
    expect(presence).toEqual([{ userId: team.admin.id, name: team.admin.name, beadId: now.beads[2].id }]);
    stream.close();
  });

  it('sends a change made in this process to all its streams without reading it back once per stream', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const open4 = await Promise.all([editorToken, adminToken, editorToken, adminToken].map((t) => open(id, t, `?since=${start.version}`)));
    streams.push(...open4);
    for (const stream of open4) await stream.next('presence'); // each has caught up on subscribing
    const reads = changeReads();
    for (const [k, beadId] of [start.beads[1].id, start.beads[5].id].entries()) {
      await applyDocumentOperation(team.admin, {
        documentId: id,
        baseVersion: start.version + k,
        operation: { type: 'confirm', beadIds: [beadId] },
      });
      for (const stream of open4) expect((await stream.next('change')).id).toBe(String(start.version + k + 1));
    }
    // The transaction handed its delta over with its id; the notification of that id proved the commit.
    expect(changeReads() - reads).toBe(0);
    open4.forEach((s) => s.close());
  });

  it('catches a late subscriber up from the version it holds, in order', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'confirm', beadIds: [start.beads[0].id] },
    });
    await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'confirm', beadIds: [start.beads[4].id] },
    });
    const stream = await open(id, adminToken, `?since=${start.version}`);
    streams.push(stream);
    const first = documentDeltaSchema.parse((await stream.next('change')).data);
    const second = documentDeltaSchema.parse((await stream.next('change')).data);
    expect([first.version, second.version]).toEqual([start.version + 1, start.version + 2]);
    const state = applyDelta(applyDelta(start, first) ?? start, second);
    expect(state?.beads).toEqual((await getDocument(team.admin, { documentId: id })).beads);
    stream.close();
  });

  it('answers hostile requests with a 4xx and a message, never a stream or a 500', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const get = (documentId: string, query: string, token?: string, headers?: Record<string, string>) =>
      callRoute(events.GET, {
        path: `/api/v1/documents/${encodeURIComponent(documentId)}/events${query}`,
        params: { documentId },
        token,
        headers,
      });
    const cases: [string, Awaited<ReturnType<typeof get>>, number][] = [
      ['a revoked or made-up token', await get(id, '', 'not-a-token'), 401],
      ['someone else’s document', await get(id, '', outsiderToken), 404],
      ['an unknown id', await get('no-such-document', '', editorToken), 404],
      ['a path-like id', await get('../../etc/passwd', '', editorToken), 404],
      ['since not a number', await get(id, '?since=abc', editorToken), 400],
      ['since zero', await get(id, '?since=0', editorToken), 400],
      ['since from the future', await get(id, '?since=99999', editorToken), 400],
      ['since given twice', await get(id, '?since=1&since=2', editorToken), 400],
      ['an unknown parameter', await get(id, '?from=1', editorToken), 400],
      ['a Last-Event-ID that is not a version', await get(id, '', editorToken, { 'last-event-id': 'x; drop table' }), 400],
    ];
    for (const [name, res, status] of cases) {
      expect(res.status, name).toBe(status);
      const body = await res.json();
      expect((body.error as { message: string }).message.length, name).toBeGreaterThan(0);
    }
  });

  it('takes a heartbeat with or without a bead, and refuses hostile bodies with a 400', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const post = (body: unknown) =>
      callRoute(presenceRoute.POST, { path: `/api/v1/documents/${id}/presence`, params: { documentId: id }, token: editorToken, body });
    expect((await post(undefined)).status).toBe(200); // a bare POST, as docs/api.md shows it
    expect((await post({ beadId: null })).status).toBe(200);
    for (const body of [{ beadId: 7 }, { beadId: 'x'.repeat(5000) }, { beadId: 'b1', extra: true }, '{"beadId":', '[]']) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const outsider = await callRoute(presenceRoute.POST, {
      path: `/api/v1/documents/${id}/presence`,
      params: { documentId: id },
      token: outsiderToken,
      body: { beadId: null },
    });
    expect(outsider.status).toBe(404);
  });

  it('writes a heartbeat in one statement while the document exists, and answers 404 for one that was deleted meanwhile', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const now = await getDocument(team.editor, { documentId: id });
    await heartbeat(team.admin, { documentId: id, beadId: now.beads[1].id });
    const beat = await heartbeat(team.editor, { documentId: id });
    expect(beat).toEqual({ version: now.version, presence: [{ userId: team.admin.id, name: team.admin.name, beadId: now.beads[1].id }] });
    // A bare beat keeps the bead; a beat with null clears it.
    await heartbeat(team.admin, { documentId: id });
    expect((await heartbeat(team.editor, { documentId: id })).presence[0].beadId).toBe(now.beads[1].id);
    await heartbeat(team.admin, { documentId: id, beadId: null });
    expect((await heartbeat(team.editor, { documentId: id })).presence[0].beadId).toBeNull();
    // The route checked access, then the document was deleted before the beat was written.
    const access = await documentAccess(team.editor, id, 'document:read');
    await db.document.delete({ where: { id } });
    const gone = await failure(heartbeat(team.editor, { documentId: id }, access));
    expect(gone.status).toBe(404);
    expect(await db.documentPresence.count({ where: { documentId: id } })).toBe(0);
  });

  it('answers 404, not a foreign-key error, for a beat that waits on a delete of its document', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const access = await documentAccess(team.editor, id, 'document:read');
    let beat: Promise<unknown> = Promise.resolve();
    await db.$transaction(
      async (tx) => {
        await tx.document.delete({ where: { id } });
        beat = failure(heartbeat(team.editor, { documentId: id }, access));
        // The beat still sees the document (the delete is not committed) and waits on its row lock: commit then.
        for (;;) {
          const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock' AND "query" LIKE '%INSERT INTO "DocumentPresence"%'`;
          if (waiting > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      { timeout: 60_000 },
    );
    expect(((await beat) as { status: number }).status).toBe(404);
    expect(await db.documentPresence.count({ where: { documentId: id } })).toBe(0);
  });
});

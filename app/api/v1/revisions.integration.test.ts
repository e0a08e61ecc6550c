import { beforeAll, describe, expect, it } from 'vitest';
import { revisionResultSchema } from '@/lib/alignment/revision/revision-schema';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { approvedBeadsDocument } from '@/lib/server/testing/review-fixtures';
import * as revisions from './documents/[documentId]/revisions/route';

// POST /api/v1/documents/{id}/revisions (issue 14 part 2): every hostile request is a 4xx with a message, and
// nothing of it is written; a good one answers the shape the browser parses.

const EN_REVISED = 'Seoul adds night buses.\n\nThe fare is 2,800 won.\n\nThere were no accidents.';

describe('POST /api/v1/documents/{id}/revisions', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let tokens: { editor: string; viewer: string; reviewer: string; outsider: string };
  let documentId: string;

  beforeAll(async () => {
    team = await makeTeam();
    tokens = {
      editor: (await createApiToken(team.editor.id)).token,
      viewer: (await createApiToken(team.viewer.id)).token,
      reviewer: (await createApiToken(team.reviewer.id)).token,
      outsider: (await createApiToken((await makeUser()).id)).token,
    };
    documentId = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
  });

  const post = (body: unknown, options: { token?: string; id?: string; headers?: Record<string, string> } = {}) => {
    const id = options.id ?? documentId;
    return callRoute(revisions.POST, {
      path: `/api/v1/documents/${id}/revisions`,
      params: { documentId: id },
      token: options.token ?? tokens.editor,
      body,
      headers: options.headers,
    });
  };

  const written = async () => {
    const [document, beads, segments, operations, audits] = await Promise.all([
      db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true, status: true } }),
      db.bead.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { id: true, status: true, targetIds: true } }),
      db.segment.findMany({ where: { documentId }, orderBy: { id: 'asc' }, select: { id: true, text: true } }),
      db.operation.count({ where: { documentId } }),
      db.auditEvent.count({ where: { documentId } }),
    ]);
    return { document, beads, segments, operations, audits };
  };

  const refused = async (response: Awaited<ReturnType<typeof callRoute>>, status: number, message: RegExp) => {
    expect(response.status).toBe(status);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.message).toMatch(message);
  };

  it('refuses hostile and broken requests with a 4xx and a message, writing nothing', async () => {
    const before = await written();
    const version = before.document.version;
    const json = { 'content-type': 'application/json' };
    await refused(await post(new TextEncoder().encode('{"target": '), { headers: json }), 400, /JSON/i);
    await refused(await post(new TextEncoder().encode('target=x'), { headers: json }), 400, /JSON/i);
    await refused(await post({}), 400, /source, the target or both/);
    await refused(await post({ target: { text: '   \n\n ' } }), 400, /target text is empty/);
    await refused(await post({ target: { text: `${EN_REVISED}\u0000` } }), 400, /NUL/);
    await refused(await post({ target: { text: 'x'.repeat(1_000_001) } }), 413, /limit/);
    await refused(await post(new Uint8Array(9 * 1024 * 1024), { headers: json }), 413, /.+/);
    await refused(await post({ target: { url: 'not a url' } }), 400, /English \(target\)/);
    await refused(await post({ target: { url: 'ftp://example.com/article' } }), 400, /English \(target\): Only http/);
    await refused(
      await post({ target: { url: 'http://169.254.169.254/latest/meta-data/' } }),
      400,
      /English \(target\): .*private or local/,
    );
    await refused(await post({ target: { file: 'x' } }), 400, /.+/);
    await refused(await post({ target: { text: EN_REVISED }, baseVersion: 'one' }), 400, /baseVersion/);
    await refused(await post({ target: { text: EN_REVISED }, baseVersion: version - 1 }), 409, /changed this document/);
    await refused(await post({ target: { text: EN_REVISED } }, { token: tokens.viewer }), 403, /permission/);
    await refused(await post({ target: { text: EN_REVISED } }, { token: tokens.reviewer }), 403, /permission/);
    await refused(await post({ target: { text: EN_REVISED } }, { token: tokens.outsider }), 404, /not found/);
    await refused(await post({ target: { text: EN_REVISED } }, { id: 'no-such-document' }), 404, /not found/);
    expect(await written()).toEqual(before);
  });

  it('refuses a multipart form with no side, and takes a pasted side from one', async () => {
    const empty = new FormData();
    empty.set('baseVersion', '1');
    await refused(await post(empty), 400, /source, the target or both/);
    const form = new FormData();
    form.set('targetText', EN_REVISED);
    const response = await post(form);
    expect(response.status).toBe(200);
    const answer = revisionResultSchema.strict().parse(await response.json());
    expect(answer.summary.beads).toEqual({ kept: 2, changed: 1, added: 0, removed: 0 });
  });

  it('takes a side as an uploaded file, read like an import (the Korean side here)', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const form = new FormData();
    const korean = '서울시가 심야 버스를 늘린다.\n\n요금은 2,800원이다.\n\n사고는 없었다.';
    form.set('source', new File([korean], 'korean.txt', { type: 'text/plain' }));
    const response = await post(form, { id });
    expect(response.status).toBe(200);
    const answer = revisionResultSchema.strict().parse(await response.json());
    expect(answer.summary.sides).toEqual(['source']);
    expect(answer.summary.changed.map((c) => c.after.source)).toEqual(['요금은 2,800원이다.']);
    const binary = new FormData();
    binary.set('target', new File([new Uint8Array([0, 1, 2, 3, 0, 255])], 'photo.txt', { type: 'text/plain' }));
    await refused(await post(binary, { id }), 415, /binary/);
  });
});

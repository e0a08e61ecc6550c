import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { getCompactDocumentJson } from '@/lib/server/documents/get-document-answer';
import { toAppError } from '@/lib/server/errors';
import { loadForPage } from '@/lib/server/http/page-guard';
import { runAction } from '@/lib/server/http/run-action';
import { createProject } from '@/lib/server/projects/manage-projects';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { getDocument } from '@/lib/server/testing/get-document';
import * as batches from './projects/[projectId]/batches/route';
import * as comments from './documents/[documentId]/comments/route';
import * as document from './documents/[documentId]/route';
import * as documents from './projects/[projectId]/documents/route';
import * as glossary from './projects/[projectId]/glossary/route';
import * as operations from './documents/[documentId]/operations/route';
import * as projects from './projects/route';
import * as settings from './projects/[projectId]/settings/route';
import * as tmx from './projects/[projectId]/tmx/route';

// Decision 018: NUL and lone surrogates are refused with a 400 that says where, wherever text enters;
// invalid UTF-8 in a body is refused, never stored as U+FFFD; a database data error is a 400, never a 500.

const KO = '부산항 노동자들이 파업을 끝냈다. 크레인이 다시 움직였다.';
const EN = 'Dock workers in Busan ended their strike. The cranes moved again.';

describe('the text boundary', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let token: string;
  let documentId: string;
  const projectId = () => team.project.id;
  const documentCount = () => db.document.count({ where: { projectId: projectId() } });

  beforeAll(async () => {
    team = await makeTeam();
    token = (await createApiToken(team.editor.id)).token;
    await db.membership.update({
      where: { projectId_userId: { projectId: team.project.id, userId: team.editor.id } },
      data: { role: 'admin' },
    });
    documentId = (await makeDocument(team.editor, team.project.id)).id;
  });

  const expect400 = async (response: Awaited<ReturnType<typeof callRoute>>, where: RegExp) => {
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(where);
    return error;
  };

  it('refuses a NUL in a project name with a 400 naming the field', async () => {
    const response = await callRoute(projects.POST, { path: '/api/v1/projects', token, body: { name: 'Desk\u0000one' } });
    const error = await expect400(response, /^name: contains a NUL character/);
    expect(error).toMatchObject({ field: 'name' });
  });

  it('refuses a NUL in a project rename (settings)', async () => {
    const response = await callRoute(settings.PATCH, {
      path: `/api/v1/projects/${projectId()}/settings`,
      method: 'PATCH',
      params: { projectId: projectId() },
      token,
      body: { name: 'x\u0000' },
    });
    await expect400(response, /^name: /);
  });

  it('refuses a NUL in pasted text and in a title, storing nothing', async () => {
    const before = await documentCount();
    const path = `/api/v1/projects/${projectId()}/documents`;
    await expect400(
      await callRoute(documents.POST, {
        path,
        params: { projectId: projectId() },
        token,
        body: { source: { text: `${KO}\u0000` }, target: { text: EN } },
      }),
      /^source\.text: contains a NUL/,
    );
    await expect400(
      await callRoute(documents.POST, {
        path,
        params: { projectId: projectId() },
        token,
        body: { title: 'T\u0000', source: { text: KO }, target: { text: EN } },
      }),
      /^title: /,
    );
    expect(await documentCount()).toBe(before);
  });

  it('refuses a NUL in multipart form fields', async () => {
    const form = new FormData();
    form.set('sourceText', KO);
    form.set('targetText', `${EN}\u0000`);
    const response = await callRoute(documents.POST, {
      path: `/api/v1/projects/${projectId()}/documents`,
      params: { projectId: projectId() },
      token,
      body: form,
    });
    await expect400(response, /^targetText: contains a NUL/);
  });

  it('refuses a lone surrogate in pasted text instead of storing U+FFFD', async () => {
    const before = await documentCount();
    const body = `{"source": {"text": "${KO} \\ud800"}, "target": {"text": "${EN}"}}`;
    const response = await callRoute(documents.POST, {
      path: `/api/v1/projects/${projectId()}/documents`,
      params: { projectId: projectId() },
      token,
      body: new TextEncoder().encode(body),
      headers: { 'content-type': 'application/json' },
    });
    await expect400(response, /^source\.text: contains a lone UTF-16 surrogate/);
    expect(await documentCount()).toBe(before);
  });

  it('refuses invalid UTF-8 in a JSON body instead of storing U+FFFD', async () => {
    const before = await documentCount();
    const prefix = new TextEncoder().encode(`{"source": {"text": "${KO} `);
    const suffix = new TextEncoder().encode(`"}, "target": {"text": "${EN}"}}`);
    const bytes = new Uint8Array([...prefix, 0xff, 0xfe, 0xc3, ...suffix]);
    const response = await callRoute(documents.POST, {
      path: `/api/v1/projects/${projectId()}/documents`,
      params: { projectId: projectId() },
      token,
      body: bytes,
      headers: { 'content-type': 'application/json' },
    });
    await expect400(response, /^The request body is not valid UTF-8\.$/);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a NUL or a lone surrogate in editText, leaving the document as it was', async () => {
    const doc = await getDocument(team.editor, { documentId });
    const segmentId = doc.source[0].id;
    const path = `/api/v1/documents/${documentId}/operations`;
    for (const [text, problem] of [
      [`a\u0000b`, /NUL/],
      ['a\ud800b', /lone UTF-16 surrogate/],
    ] as const) {
      const response = await callRoute(operations.POST, {
        path,
        params: { documentId },
        token,
        body: { baseVersion: doc.version, operation: { type: 'editText', segmentId, text } },
      });
      await expect400(response, new RegExp(`^operation\\.text: .*${problem.source}`));
    }
    expect((await getDocument(team.editor, { documentId })).version).toBe(doc.version);
  });

  it('refuses a NUL in a comment body', async () => {
    const doc = await getDocument(team.editor, { documentId });
    const response = await callRoute(comments.POST, {
      path: `/api/v1/documents/${documentId}/comments`,
      params: { documentId },
      token,
      body: { body: 'Check\u0000this', beadId: doc.beads[0].id },
    });
    await expect400(response, /^body: contains a NUL/);
    expect(await db.annotation.count({ where: { documentId } })).toBe(0);
  });

  it('refuses a NUL in a TMX ?name= and in a glossary ?q= before anything is read', async () => {
    const tmxBody = new TextEncoder().encode('<tmx version="1.4"><header srclang="ko"/><body/></tmx>');
    await expect400(
      await callRoute(tmx.POST, {
        path: `/api/v1/projects/${projectId()}/tmx?name=a%00b.tmx`,
        params: { projectId: projectId() },
        token,
        body: tmxBody,
      }),
      /^The query parameter name: contains a NUL/,
    );
    await expect400(
      await callRoute(glossary.GET, { path: `/api/v1/projects/${projectId()}/glossary?q=%00`, params: { projectId: projectId() }, token }),
      /^The query parameter q: contains a NUL/,
    );
  });

  it('answers a NUL in a route id with a JSON 400, not a 500', async () => {
    const response = await callRoute(document.GET, { path: '/api/v1/documents/ab%00cd', params: { documentId: 'ab\u0000cd' }, token });
    await expect400(response, /^The path parameter documentId: contains a NUL/);
  });

  it('refuses a batch CSV that is not valid UTF-8, or holds a NUL', async () => {
    const path = `/api/v1/projects/${projectId()}/batches`;
    const csv = new TextEncoder().encode('english_url,korean_url,title\nhttps://a.example/en,https://a.example/ko,Title\n');
    const broken = new Uint8Array([...csv.slice(0, -2), 0xff, 0x0a]);
    await expect400(
      await callRoute(batches.POST, {
        path,
        params: { projectId: projectId() },
        token,
        body: broken,
        headers: { 'content-type': 'text/csv' },
      }),
      /not valid UTF-8/,
    );
    const nul = new TextEncoder().encode('english_url,korean_url,title\nhttps://a.example/en,https://a.example/ko,Ti\u0000tle\n');
    await expect400(
      await callRoute(batches.POST, {
        path,
        params: { projectId: projectId() },
        token,
        body: nul,
        headers: { 'content-type': 'text/csv' },
      }),
      /^The CSV: contains a NUL/,
    );
    expect(await db.importBatch.count({ where: { projectId: projectId() } })).toBe(0);
  });

  it('refuses NUL and lone surrogates in server-action arguments, naming the field', async () => {
    const result = await runAction(async () => 'never', [team.project.id, { name: 'x\ud800' }]);
    expect(result).toEqual({
      ok: false,
      kind: 'refused',
      status: 400,
      message: expect.stringMatching(/^name: contains a lone UTF-16 surrogate/),
    });
  });

  it('shows the 404 page, not a 500, for a page whose id the database refuses', async () => {
    const error = await loadForPage(() => getCompactDocumentJson(team.editor, { documentId: 'ab\u0000cd' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ digest: expect.stringMatching(/;404$/) });
  });

  it('maps a database data error (SQLSTATE class 22) to INVALID_INPUT, never an unexpected error', async () => {
    const error = await createProject(team.editor, { name: 'Desk\u0000two' }).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: 'INVALID_INPUT', status: 400, message: expect.stringMatching(/cannot be stored/) });
    const cast = await db.$queryRawUnsafe("SELECT 'x'::int").catch((e: unknown) => e);
    expect(toAppError(cast)).toMatchObject({ code: 'INVALID_INPUT', status: 400 });
  });
});

describe('import warnings in the API answer', () => {
  it('answers 201 with warnings [{code, message}] for a pair that cannot be a translation', async () => {
    const team = await makeTeam();
    const { token } = await createApiToken(team.editor.id);
    const english = Array.from({ length: 40 }, (_, i) => `Paragraph sentence ${i + 1} about something else entirely.`).join(' ');
    const response = await callRoute(documents.POST, {
      path: `/api/v1/projects/${team.project.id}/documents`,
      params: { projectId: team.project.id },
      token,
      body: { source: { text: '부산항 노동자들이 파업을 끝냈다.' }, target: { text: english } },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { warnings: { code: string; message: string }[] };
    expect(body.warnings.map((w) => w.code)).toEqual(['SENTENCE_COUNTS_APART', 'LENGTHS_APART']);
    expect(body.warnings.every((w) => w.message.length > 20)).toBe(true);
  });
});

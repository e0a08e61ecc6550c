import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import * as comments from './documents/[documentId]/comments/route';
import * as dashboard from './projects/[projectId]/dashboard/route';
import * as document from './documents/[documentId]/route';
import * as documentExport from './documents/[documentId]/export/route';
import * as glossary from './projects/[projectId]/glossary/route';
import * as history from './documents/[documentId]/history/route';
import * as projectExport from './projects/[projectId]/export/route';
import * as undo from './documents/[documentId]/undo/route';

// Decision 018: query parameters are validated like bodies. An unknown value, an unknown parameter name or a
// parameter given twice is a 400 naming the parameter, never a quiet default.

describe('query parameters', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let token: string;
  let documentId: string;
  let otherDocumentId: string;

  beforeAll(async () => {
    team = await makeTeam();
    token = (await createApiToken(team.editor.id)).token;
    documentId = (await makeDocument(team.editor, team.project.id)).id;
    const other = await makeTeam();
    otherDocumentId = (await makeDocument(other.editor, other.project.id)).id;
  });

  const refused = async (response: Awaited<ReturnType<typeof callRoute>>, parameter: string, message: RegExp) => {
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string; field: string } };
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: parameter });
    expect(error.message).toMatch(message);
  };

  const projectExportOf = (query: string) =>
    callRoute(projectExport.GET, {
      path: `/api/v1/projects/${team.project.id}/export?${query}`,
      params: { projectId: team.project.id },
      token,
    });
  const historyOf = (query: string) =>
    callRoute(history.GET, { path: `/api/v1/documents/${documentId}/history?${query}`, params: { documentId }, token });

  it('refuses export?documents= naming a document that is not in the project, instead of an empty file', async () => {
    await refused(await projectExportOf('documents=nope'), 'documents', /no document "nope" in this project/);
    await refused(await projectExportOf(`documents=${documentId},${otherDocumentId}`), 'documents', new RegExp(otherDocumentId));
    await refused(await projectExportOf('documents='), 'documents', /give document ids/);
    expect((await projectExportOf(`documents=${documentId}&format=tsv`)).status).toBe(200);
  });

  it('refuses an export format, status or label it does not know, and an unknown parameter name', async () => {
    await refused(await projectExportOf('format=docx'), 'format', /^Query parameter format: /);
    await refused(await projectExportOf('excludeLabels=rewrite,nonsense'), 'excludeLabels', /comma-separated list of omission/);
    await refused(await projectExportOf('fromat=tsv'), 'fromat', /^Unknown query parameter "fromat": it reads format, status/);
    const documentOnly = await callRoute(documentExport.GET, {
      path: `/api/v1/documents/${documentId}/export?documents=${documentId}`,
      params: { documentId },
      token,
    });
    await refused(documentOnly, 'documents', /Unknown query parameter "documents"/);
  });

  it('refuses history?format=weird instead of answering JSON', async () => {
    await refused(await historyOf('format=weird'), 'format', /^Query parameter format: /);
    await refused(await historyOf('format=csv&format=json'), 'format', /given more than once/);
    const csv = await historyOf('format=csv');
    expect(csv.status).toBe(200);
    expect(await csv.text()).toMatch(/^[^\n]*,/);
  });

  it('refuses unknown values on the comments, glossary, dashboard and undo routes', async () => {
    await refused(
      await callRoute(comments.GET, { path: `/api/v1/documents/${documentId}/comments?unresolved=yes`, params: { documentId }, token }),
      'unresolved',
      /unresolved/,
    );
    await refused(
      await callRoute(glossary.GET, {
        path: `/api/v1/projects/${team.project.id}/glossary?limit=lots`,
        params: { projectId: team.project.id },
        token,
      }),
      'limit',
      /limit/,
    );
    await refused(
      await callRoute(dashboard.GET, {
        path: `/api/v1/projects/${team.project.id}/dashboard?day=7`,
        params: { projectId: team.project.id },
        token,
      }),
      'day',
      /it reads days/,
    );
    await refused(
      await callRoute(document.GET, { path: `/api/v1/documents/${documentId}?format=columns`, params: { documentId }, token }),
      'format',
      /^Query parameter format: /,
    );
    await refused(
      await callRoute(document.GET, { path: `/api/v1/documents/${documentId}?format=compact&format=full`, params: { documentId }, token }),
      'format',
      /more than once/,
    );
    await refused(
      await callRoute(document.GET, { path: `/api/v1/documents/${documentId}?format=compact&encoding=br`, params: { documentId }, token }),
      'encoding',
      /^Query parameter encoding: /,
    );
    await refused(
      await callRoute(document.GET, { path: `/api/v1/documents/${documentId}?encoding=gzip`, params: { documentId }, token }),
      'encoding',
      /format=compact only/,
    );
    await refused(
      await callRoute(undo.POST, {
        path: `/api/v1/documents/${documentId}/undo?answer=beads`,
        params: { documentId },
        token,
        body: { baseVersion: 1 },
      }),
      'answer',
      /^Query parameter answer: /,
    );
    // The parameter the editor used before answers became deltas (decision 046) is no longer read.
    await refused(
      await callRoute(undo.POST, {
        path: `/api/v1/documents/${documentId}/undo?segments=changed`,
        params: { documentId },
        token,
        body: { baseVersion: 1 },
      }),
      'segments',
      /it reads answer/,
    );
  });

  it('still answers the parameters it documents', async () => {
    const compact = await callRoute(document.GET, {
      path: `/api/v1/documents/${documentId}?format=compact`,
      params: { documentId },
      token,
    });
    expect(compact.status).toBe(200);
    const compactText = await compact.text();
    expect((JSON.parse(compactText) as { beads: { id: unknown } }).beads.id).toBeInstanceOf(Array);
    // The same answer as one gzip member (decision 051 addendum): byte for byte the JSON once inflated.
    const gz = await callRoute(document.GET, {
      path: `/api/v1/documents/${documentId}?format=compact&encoding=gzip`,
      params: { documentId },
      token,
    });
    expect(gz.status).toBe(200);
    expect(gz.headers.get('content-type')).toBe('application/gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(compactText);
    expect(
      (await callRoute(comments.GET, { path: `/api/v1/documents/${documentId}/comments?unresolved=1`, params: { documentId }, token }))
        .status,
    ).toBe(200);
    expect(
      (
        await callRoute(glossary.GET, {
          path: `/api/v1/projects/${team.project.id}/glossary?q=port&limit=10`,
          params: { projectId: team.project.id },
          token,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await callRoute(dashboard.GET, {
          path: `/api/v1/projects/${team.project.id}/dashboard?days=7`,
          params: { projectId: team.project.id },
          token,
        })
      ).status,
    ).toBe(200);
  });
});

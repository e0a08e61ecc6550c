import { beforeAll, describe, expect, it } from 'vitest';
import * as documentRoute from '@/app/api/v1/documents/[documentId]/route';
import * as settingsRoute from '@/app/api/v1/projects/[projectId]/settings/route';
import { collectChunks } from '@/lib/formats/chunked-output';
import { readTmx } from '@/lib/formats/tmx-reader';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { exportDocument, exportQuerySchema } from '@/lib/server/export/export-documents';
import { projectDashboard } from '@/lib/server/review/project-dashboard';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam } from '@/lib/server/testing/factories';
import { editorQaSetup } from './editor-qa-setup';

// Decision 041: a project chooses which QA checks run, through its settings (API and page); the API's `qa`,
// the editor's setup, the counts on the dashboard and the exports all honour the choice at once.

type Team = Awaited<ReturnType<typeof makeTeam>>;

const KO = ['시위에는 4만2천 명이 참가했다.', '한은은 기준금리를 올렸다.', '회의는 11월 27일 열렸다.'].join('\n');
const EN = ['Some 24,000 people joined the protest.', 'The BOK raised its key rate.', 'The meeting was held on Nov. 26.'].join('\n');

describe('the project setting for QA checks', () => {
  let team: Team;
  let admin: string;
  let documentId: string;

  const patch = (token: string, body: unknown) =>
    callRoute(settingsRoute.PATCH, {
      path: `/api/v1/projects/${team.project.id}/settings`,
      params: { projectId: team.project.id },
      method: 'PATCH',
      token,
      body,
    });
  const checksInApi = async () => {
    const res = await callRoute(documentRoute.GET, { path: `/api/v1/documents/${documentId}`, params: { documentId }, token: admin });
    const body = (await res.json()) as unknown as { beads: { qa: { check: string }[] }[] };
    return body.beads.map((b) => b.qa.map((f) => f.check));
  };
  const exportedQa = async () => {
    const file = await exportDocument(team.admin, { documentId, query: exportQuerySchema.parse({ status: 'all' }) });
    return (await readTmx(await collectChunks(file.chunks))).units.map((u) => (u.props['x-qa'] ?? '').split('\n').filter(Boolean).length);
  };

  beforeAll(async () => {
    team = await makeTeam();
    admin = (await createApiToken(team.admin.id)).token;
    await db.glossaryEntry.create({ data: { projectId: team.project.id, source: '기준금리', target: 'base rate' } });
    await db.glossaryEntry.create({ data: { projectId: team.project.id, source: '환율', target: 'exchange rate' } });
    documentId = (await createDocument(team.editor, { projectId: team.project.id, title: 'QA settings', sourceText: KO, targetText: EN }))
      .id;
  });

  it('runs every check by default', async () => {
    expect(await checksInApi()).toEqual([['number'], ['glossary'], ['date']]);
    expect(await exportedQa()).toEqual([1, 1, 1]);
    const dashboard = await projectDashboard(team.viewer, { projectId: team.project.id });
    expect(dashboard.qa).toMatchObject({ enabled: true, flags: 3, beads: 3 });
  });

  it('gives the editor only the glossary terms the document uses, and the checks', async () => {
    const setup = await editorQaSetup({ documentId, projectId: team.project.id, sourceTexts: KO.split('\n') });
    expect(setup).toEqual({
      checks: ['number', 'amount', 'date', 'name', 'negation', 'glossary'],
      glossary: [{ source: '기준금리', target: 'base rate' }],
      dismissals: [],
    });
  });

  it('lets an admin turn checks off (stored in check order, audited); everything honours it at once', async () => {
    const res = await patch(admin, { qaChecks: ['glossary', 'number', 'number'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ qaChecks: ['number', 'glossary'], changed: ['qaChecks'] });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { projectId: team.project.id, action: 'project.settings' },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.after).toEqual({ qaChecks: ['number', 'glossary'] });
    expect(await checksInApi()).toEqual([['number'], ['glossary'], []]);
    expect(await exportedQa()).toEqual([1, 1, 0]);
    expect((await projectDashboard(team.viewer, { projectId: team.project.id })).qa).toMatchObject({ flags: 2, beads: 2 });
  });

  it('turns QA off with an empty list: no flags, no props, the dashboard says so', async () => {
    expect((await patch(admin, { qaChecks: [] })).status).toBe(200);
    expect(await checksInApi()).toEqual([[], [], []]);
    expect(await exportedQa()).toEqual([0, 0, 0]);
    expect((await projectDashboard(team.viewer, { projectId: team.project.id })).qa).toEqual({
      enabled: false,
      flags: 0,
      beads: 0,
      documents: [],
    });
    expect(await editorQaSetup({ documentId, projectId: team.project.id, sourceTexts: KO.split('\n') })).toEqual({
      checks: [],
      glossary: [],
      dismissals: [],
    });
    expect((await patch(admin, { qaChecks: ['number', 'amount', 'date', 'name', 'negation', 'glossary'] })).status).toBe(200);
  });

  it.each<[string, unknown, number]>([
    ['an unknown check', { qaChecks: ['spelling'] }, 400],
    ['a check that is not text', { qaChecks: [1] }, 400],
    ['not a list', { qaChecks: 'number' }, 400],
    ['a huge list', { qaChecks: Array.from({ length: 10_000 }, () => 'number') }, 400],
    ['null', { qaChecks: null }, 400],
  ])('refuses %s with a 400 and a message, changing nothing', async (_name, body, status) => {
    const before = await db.project.findUniqueOrThrow({ where: { id: team.project.id }, select: { qaChecks: true, updatedAt: true } });
    const res = await patch(admin, body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/\w/);
    expect(await db.project.findUniqueOrThrow({ where: { id: team.project.id }, select: { qaChecks: true, updatedAt: true } })).toEqual(
      before,
    );
  });

  it('lets only project admins change them', async () => {
    for (const role of ['editor', 'reviewer', 'viewer'] as const) {
      const res = await patch((await createApiToken(team[role].id)).token, { qaChecks: [] });
      expect(res.status).toBe(403);
    }
    expect((await db.project.findUniqueOrThrow({ where: { id: team.project.id }, select: { qaChecks: true } })).qaChecks).toHaveLength(6);
  });
});

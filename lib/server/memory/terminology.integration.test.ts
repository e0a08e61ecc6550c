import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as acceptRoute from '@/app/api/v1/projects/[projectId]/terminology/accept/route';
import * as rejectRoute from '@/app/api/v1/projects/[projectId]/terminology/reject/route';
import * as terminologyRoute from '@/app/api/v1/projects/[projectId]/terminology/route';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam } from '@/lib/server/testing/factories';
import type { TerminologyAnswer } from './project-terminology';
import { termAnalysesComputed } from './term-analysis-cache';

// Issue 15 items 2 and 3 (decision 043): the approved beads of a project, read as a memory, show a term rendered
// two ways and propose clear glossary entries; a reviewer accepts or rejects in one step; only members see it.

const PAIRS: [string, string][] = [
  ['국민의힘은 예산안에 반대했다.', 'The People Power Party opposed the budget.'],
  ['국민의힘은 새 대표를 뽑았다.', 'The People Power Party elected a new leader.'],
  ['국민의힘은 특검을 요구했다.', 'The People Power Party demanded a special counsel.'],
  ['국민의힘은 표결에 불참했다.', 'The People Power Party boycotted the vote.'],
  ['국민의힘이 회의장을 떠났다.', 'The ruling party left the chamber.'],
  ['국민의힘이 성명을 냈다.', 'The ruling party issued a statement.'],
  ['한국은행은 금리를 동결했다.', 'The Bank of Korea froze its rate.'],
  ['한국은행은 물가를 걱정했다.', 'The Bank of Korea worried about prices.'],
  ['한국은행은 성장률을 낮췄다.', 'The Bank of Korea cut its growth forecast.'],
  ['시민들은 거리로 나왔다.', 'Citizens took to the streets.'],
];

describe('terminology and glossary proposals', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    team = await makeTeam();
    const outsider = await makeTeam();
    for (const [role, user] of Object.entries({
      reviewer: team.reviewer,
      viewer: team.viewer,
      editor: team.editor,
      outsider: outsider.admin,
    }))
      tokens[role] = (await createApiToken(user.id)).token;
    const { id } = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Terms',
      sourceText: PAIRS.map((p) => p[0]).join('\n'),
      targetText: PAIRS.map((p) => p[1]).join('\n'),
    });
    await db.bead.updateMany({ where: { documentId: id }, data: { status: 'approved' } });
  });

  const terminology = async (as: string) => {
    const res = await callRoute(terminologyRoute.GET, {
      path: `/api/v1/projects/${team.project.id}/terminology`,
      params: { projectId: team.project.id },
      token: tokens[as],
    });
    return { status: res.status, body: (await res.json()) as unknown as TerminologyAnswer & { error?: { code: string; message: string } } };
  };
  const post = (route: typeof acceptRoute, what: 'accept' | 'reject', body: unknown, as = 'reviewer') =>
    callRoute(route.POST, {
      path: `/api/v1/projects/${team.project.id}/terminology/${what}`,
      params: { projectId: team.project.id },
      token: tokens[as],
      body,
    });

  it('reports a term rendered two ways, with counts and the beads of each', async () => {
    const { status, body } = await terminology('viewer');
    expect(status).toBe(200);
    expect(body.beadsRead).toBe(PAIRS.length);
    const ppp = body.terms.find((t) => t.term === '국민의힘');
    expect(ppp?.renderings.map((r) => [r.text, r.count, r.preferred])).toEqual([
      ['People Power Party', 4, false],
      ['ruling party', 2, false],
    ]);
    expect(ppp?.renderings[1].uses).toHaveLength(2);
    expect(body.proposals.find((p) => p.source === '한국은행')).toMatchObject({ target: 'Bank of Korea', kind: 'organisation', count: 3 });
  });

  it('a reviewer prefers a rendering: it becomes a glossary entry, once', async () => {
    const first = await post(acceptRoute, 'accept', { source: '국민의힘', target: 'People Power Party' });
    expect(first.status).toBe(201);
    const again = await post(acceptRoute, 'accept', { source: '국민의힘', target: ' people power party ' });
    expect(again.status).toBe(200);
    expect(await db.glossaryEntry.count({ where: { projectId: team.project.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { projectId: team.project.id, action: 'glossary.add' } })).toBe(1);
    const ppp = (await terminology('viewer')).body.terms.find((t) => t.term === '국민의힘');
    expect(ppp?.renderings.map((r) => r.preferred)).toEqual([true, false]);
  });

  it('a rejected proposal does not come back; an accepted one leaves the list', async () => {
    expect((await post(rejectRoute, 'reject', { source: '한국은행' })).status).toBe(200);
    expect((await post(rejectRoute, 'reject', { source: '한국은행' })).status).toBe(200);
    expect(await db.auditEvent.count({ where: { projectId: team.project.id, action: 'glossary.proposal-reject' } })).toBe(1);
    const rows = await db.glossaryProposalRejection.findMany({ where: { projectId: team.project.id } });
    expect(rows.map((r) => [r.source, r.rejectedById])).toEqual([['한국은행', team.reviewer.id]]);
    expect((await terminology('reviewer')).body.proposals.some((p) => p.source === '한국은행')).toBe(false);
  });

  it('a second load reuses the analysis; an approval computes it again; glossary changes show without it', async () => {
    await terminology('viewer');
    const before = termAnalysesComputed();
    const again = await terminology('reviewer');
    expect(termAnalysesComputed()).toBe(before);
    expect(again.body.terms.some((t) => t.term === '국민의힘')).toBe(true);

    // A glossary entry filters the kept analysis: the preferred rendering shows at once, nothing is recomputed.
    expect((await post(acceptRoute, 'accept', { source: '국민의힘', target: 'ruling party' })).status).toBe(201);
    const ppp = (await terminology('viewer')).body.terms.find((t) => t.term === '국민의힘');
    expect(ppp?.renderings.map((r) => r.preferred)).toEqual([true, true]);
    expect(termAnalysesComputed()).toBe(before);

    // Un-approving a bead changes the memory: the next load computes again, once.
    const bead = await db.bead.findFirstOrThrow({ where: { document: { projectId: team.project.id }, status: 'approved' } });
    await db.bead.update({ where: { id: bead.id }, data: { status: 'edited' } });
    const after = await terminology('viewer');
    expect(after.body.beadsRead).toBe(PAIRS.length - 1);
    await terminology('viewer');
    expect(termAnalysesComputed()).toBe(before + 1);
    await db.bead.update({ where: { id: bead.id }, data: { status: 'approved' } });
    expect((await terminology('viewer')).body.beadsRead).toBe(PAIRS.length);
    expect(termAnalysesComputed()).toBe(before + 2);
  });

  it('a label that keeps a bead out of the memory computes it again', async () => {
    await terminology('viewer');
    const before = termAnalysesComputed();
    const bead = await db.bead.findFirstOrThrow({ where: { document: { projectId: team.project.id }, status: 'approved' } });
    await db.bead.update({ where: { id: bead.id }, data: { labels: ['exclude-from-tm'] } });
    expect((await terminology('viewer')).body.beadsRead).toBe(PAIRS.length - 1);
    expect(termAnalysesComputed()).toBe(before + 1);
    await db.bead.update({ where: { id: bead.id }, data: { labels: [] } });
  });

  it('the migration carries rejections recorded as audit events only into the table, once per term', async () => {
    const sql = fs.readFileSync(path.resolve('prisma/migrations/20261207152425_glossary_proposal_rejections/migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('INSERT INTO "GlossaryProposalRejection"'));
    const { project, admin } = await makeTeam();
    for (const target of ['대통령', '대통령', '국회'])
      await db.auditEvent.create({ data: { actorId: admin.id, action: 'glossary.proposal-reject', projectId: project.id, target } });
    await db.$executeRawUnsafe(backfill);
    await db.$executeRawUnsafe(backfill);
    const rows = await db.glossaryProposalRejection.findMany({ where: { projectId: project.id }, orderBy: { source: 'asc' } });
    expect(rows.map((r) => [r.source, r.rejectedById])).toEqual([
      ['국회', admin.id],
      ['대통령', admin.id],
    ]);
  });

  it('only members see it, and viewers may not decide', async () => {
    expect((await terminology('outsider')).status).toBe(404);
    const viewer = await post(acceptRoute, 'accept', { source: '시민', target: 'citizens' }, 'viewer');
    expect(viewer.status).toBe(403);
    const outsider = await post(rejectRoute, 'reject', { source: '시민' }, 'outsider');
    expect(outsider.status).toBe(404);
  });

  it.each([
    ['not JSON', 'accept', '{'],
    ['missing target', 'accept', { source: '국민의힘' }],
    ['empty source', 'accept', { source: '  ', target: 'x' }],
    ['NUL', 'accept', { source: '국민\u0000의힘', target: 'x' }],
    ['huge term', 'accept', { source: '가'.repeat(100_000), target: 'x' }],
    ['array', 'reject', [1, 2]],
    ['wrong type', 'reject', { source: 42 }],
    ['NUL in a rejection', 'reject', { source: '국민\u0000의힘' }],
    ['huge rejection', 'reject', { source: '가'.repeat(100_000) }],
    ['blank rejection', 'reject', { source: ' \t ' }],
  ] as const)('refuses %s with a 400 and writes nothing', async (_what, what, body) => {
    const before = await db.glossaryEntry.count({ where: { projectId: team.project.id } });
    const audits = await db.auditEvent.count({ where: { projectId: team.project.id } });
    const rejections = await db.glossaryProposalRejection.count({ where: { projectId: team.project.id } });
    const res = await post(what === 'accept' ? acceptRoute : rejectRoute, what, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBeTruthy();
    expect(await db.glossaryEntry.count({ where: { projectId: team.project.id } })).toBe(before);
    expect(await db.auditEvent.count({ where: { projectId: team.project.id } })).toBe(audits);
    expect(await db.glossaryProposalRejection.count({ where: { projectId: team.project.id } })).toBe(rejections);
  });
});

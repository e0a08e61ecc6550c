import { beforeAll, describe, expect, it } from 'vitest';
import * as dashboardRoute from '@/app/api/v1/projects/[projectId]/dashboard/route';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { getDocument } from '@/lib/server/testing/get-document';
import type { ProjectDashboard } from '@/lib/server/review/project-dashboard';
import { setLabels } from '@/lib/server/review/set-labels';
import { callRoute } from '@/lib/server/testing/call-route';
import { makeTeam } from '@/lib/server/testing/factories';
import { approvedBeadsDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { MEMORY_WEEKS, memoryGrowth, memoryStats, weekKeys } from './memory-stats';

// Issue 15 item 4: the dashboard's memory figures count approved beads not labelled exclude-from-tm, their
// words per language, the week of each bead's latest approval, and the most frequent Korean terms.

const PAIRS: [string, string][] = [
  ['한국은행은 금리를 동결했다.', 'The Bank of Korea froze its rate.'],
  ['한국은행은 물가를 걱정했다.', 'The Bank of Korea worried about prices.'],
  ['한국은행은 성장률을 낮췄다.', 'The Bank of Korea cut its growth forecast.'],
  ['요금은 2,500원이다.', 'The fare is 2,500 won.'],
];
const DAY = 86_400_000;

describe('memory statistics on the dashboard', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  const tokens: Record<string, string> = {};
  let beadIds: string[] = [];

  beforeAll(async () => {
    team = await makeTeam();
    const outsider = await makeTeam();
    tokens.viewer = (await createApiToken(team.viewer.id)).token;
    tokens.outsider = (await createApiToken(outsider.admin.id)).token;
    // Approved through the real review path (confirm, submit, approve the rest): one ReviewDecision per bead.
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id, {
      title: 'Memory',
      sourceText: PAIRS.map((p) => p[0]).join('\n\n'),
      targetText: PAIRS.map((p) => p[1]).join('\n\n'),
    });
    const doc = await getDocument(team.reviewer, { documentId: id });
    beadIds = doc.beads.map((b) => b.id);
    expect(beadIds).toHaveLength(PAIRS.length);
    await setLabels(team.reviewer, { documentId: id, beadId: beadIds[2], labels: ['exclude-from-tm'] });
    // A document whose beads are confirmed but not approved is not memory.
    await submittedDocument(team.editor, team.project.id);
  });

  const dashboard = async (as: string, query = '') => {
    const res = await callRoute(dashboardRoute.GET, {
      path: `/api/v1/projects/${team.project.id}/dashboard${query}`,
      params: { projectId: team.project.id },
      token: tokens[as],
    });
    return { status: res.status, body: (await res.json()) as unknown as ProjectDashboard & { error?: { code: string; message: string } } };
  };

  it('counts approved units and their words per language, leaving out excluded and unapproved beads', async () => {
    const { status, body } = await dashboard('viewer');
    expect(status).toBe(200);
    expect(body.memory.units).toBe(3);
    // Korean: space-separated words (3 + 3 + 2); English: words, "2,500" one of them (7 + 7 + 5).
    expect(body.memory.words).toEqual([
      { lang: 'ko', words: 8 },
      { lang: 'en', words: 19 },
    ]);
    expect(body.memory.topTerms[0]).toEqual({ term: '한국은행', units: 2 });
    expect(body.memory.topTerms.some((t) => t.term === '성장률')).toBe(false); // only in the excluded bead
    expect(body.memory).toMatchObject({ wordsRead: 3, termsRead: 3, truncated: false });
  });

  it('reads the words of at most the newest maxBeads units and estimates the rest, saying how many it read', async () => {
    const project = await db.project.findUniqueOrThrow({
      where: { id: team.project.id },
      select: { id: true, sourceLang: true, targetLang: true },
    });
    const memory = await memoryStats(project, { maxBeads: 2 });
    // Two units read of three (the newest: beads 1 and 2, 3 + 3 Korean and 7 + 7 English words), times 3/2.
    expect(memory).toMatchObject({ units: 3, wordsRead: 2, termsRead: 2, truncated: true });
    expect(memory.words).toEqual([
      { lang: 'ko', words: 9 },
      { lang: 'en', words: 21 },
    ]);
    // Within the bound the count is exact and nothing is estimated.
    expect(await memoryStats(project, { maxBeads: 3 })).toMatchObject({
      wordsRead: 3,
      truncated: false,
      words: [{ words: 8 }, { words: 19 }],
    });
  });

  it('places each unit in the week of its latest approval', async () => {
    const weeks = weekKeys(MEMORY_WEEKS, new Date());
    let { body } = await dashboard('viewer');
    expect(body.memory.weeks.map((w) => w.week)).toEqual(weeks);
    expect(body.memory.weeks.map((w) => w.units)).toEqual([...Array(MEMORY_WEEKS - 1).fill(0), 3]);
    // One unit approved three weeks ago, one long before the chart: the second still counts as a unit.
    const decision = (beadId: string) => db.reviewDecision.findFirstOrThrow({ where: { beadId, decision: 'approve' } });
    const first = await decision(beadIds[0]);
    await db.reviewDecision.update({ where: { id: first.id }, data: { createdAt: new Date(first.createdAt.getTime() - 21 * DAY) } });
    const second = await decision(beadIds[1]);
    await db.reviewDecision.update({ where: { id: second.id }, data: { createdAt: new Date(second.createdAt.getTime() - 200 * DAY) } });
    // An earlier approval of the same unit does not count it twice: the latest decides the week.
    await db.reviewDecision.create({
      data: { ...first, id: undefined, createdAt: new Date(first.createdAt.getTime() - 35 * DAY), snapshot: first.snapshot ?? {} },
    });
    ({ body } = await dashboard('viewer'));
    expect(body.memory.units).toBe(3);
    const units = body.memory.weeks.map((w) => w.units);
    expect(units[MEMORY_WEEKS - 1 - 3]).toBe(1);
    expect(units[MEMORY_WEEKS - 1]).toBe(1);
    expect(units.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('reads only the approvals of the weeks shown, however many older units the memory holds', async () => {
    const own = await makeTeam();
    const OLD = 30;
    const id = await approvedBeadsDocument(own.editor, own.reviewer, own.project.id, {
      title: 'Long memory',
      sourceText: Array.from({ length: OLD + 2 }, (_, i) => `문단 ${i + 1}번은 짧다.`).join('\n\n'),
      targetText: Array.from({ length: OLD + 2 }, (_, i) => `Paragraph ${i + 1} is short.`).join('\n\n'),
    });
    const doc = await getDocument(own.reviewer, { documentId: id });
    expect(doc.beads).toHaveLength(OLD + 2);
    // All but two units were approved long before the chart.
    const recent = doc.beads.slice(0, 2).map((b) => b.id);
    await db.reviewDecision.updateMany({
      where: { documentId: id, beadId: { notIn: recent } },
      data: { createdAt: new Date(Date.now() - 200 * DAY) },
    });
    const keys = weekKeys(MEMORY_WEEKS, new Date());
    // Live rows read from the bead and decision tables, counted by PostgreSQL for this transaction on the tables:
    // sequential scans (returned) and heap rows reached through an index (fetched). The indexes' own counters are
    // left out: a simple index scan counts a row there too and a bitmap scan does not, so with them the count
    // depended on the plan (a run read 12 against 8). Dead index entries left by the update above are not rows,
    // and another test's open transaction can keep VACUUM from clearing them. Sequential scans are off, as on
    // tables too large to scan: each read then goes through an index, which must exist.
    const rowsRead = (tx: Pick<typeof db, '$queryRaw'>) =>
      tx.$queryRaw<{ n: number }[]>`
        SELECT sum(pg_stat_get_xact_tuples_returned(c."oid") + pg_stat_get_xact_tuples_fetched(c."oid"))::int AS "n"
        FROM pg_class c WHERE c."oid" IN ('"Bead"'::regclass, '"ReviewDecision"'::regclass)`.then(([row]) => row.n);
    await db.$executeRaw`ANALYZE "Bead", "ReviewDecision", "Document"`;
    const { weeks, read } = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const before = await rowsRead(tx);
      const weeks = await memoryGrowth(own.project.id, keys, tx);
      return { weeks, read: (await rowsRead(tx)) - before };
    });
    expect(weeks.reduce((sum, w) => sum + w.units, 0)).toBe(2);
    // A few rows per recent approval (a decision, its bead), not one per older unit.
    expect(read).toBeLessThanOrEqual(4 * recent.length);
  });

  it('starts weeks on Monday (UTC), this week last', () => {
    expect(weekKeys(3, new Date('2026-12-07T00:00:00Z'))).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']); // a Monday
    expect(weekKeys(2, new Date('2026-12-13T23:59:59Z'))).toEqual(['2026-11-30', '2026-12-07']); // a Sunday
  });

  it('shows nothing to an outsider: 404', async () => {
    const { status, body } = await dashboard('outsider');
    expect(status).toBe(404);
    expect(body.memory).toBeUndefined();
    expect(body.error?.message).toBeTruthy();
  });

  it('refuses a hostile days parameter with a message', async () => {
    for (const query of ['?days=abc', '?days=-1', '?days=100000', "?days=1'%3B--"]) {
      const { status, body } = await dashboard('viewer', query);
      expect(status).toBe(400);
      expect(body.error?.message).toBeTruthy();
    }
  });
});

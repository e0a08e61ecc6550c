import { beforeAll, describe, expect, it } from 'vitest';
import * as concordance from '@/app/api/v1/concordance/route';
import { createApiToken } from '@/lib/server/auth/api-tokens';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { callRoute } from '@/lib/server/testing/call-route';
import { failure } from '@/lib/server/testing/failure';
import { makeTeam } from '@/lib/server/testing/factories';
import { concordanceQuerySchema, searchConcordance, type ConcordanceAnswer } from './search-concordance';

// Issue 15 item 1: concordance over the memory. Korean particles attach to words, so a search for 국민의힘 must
// find 국민의힘은 and 국민의힘이; approved beads only unless asked; only my projects; hostile queries get a 400.

const KO = ['국민의힘은 예산안에 반대했다.', '국민의힘이 새 대표를 뽑았다.', '정부는 금리를 동결했다.', '행정부는 발표를 미뤘다.'].join(
  '\n',
);
const EN = [
  'The People Power Party opposed the budget.',
  'The People Power Party elected a new leader.',
  'The government froze the rate.',
  'The administration delayed the announcement.',
].join('\n');

describe('GET /api/v1/concordance', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let token: string;
  let outsiderToken: string;
  let outsider: Awaited<ReturnType<typeof makeTeam>>;
  let documentId: string;

  beforeAll(async () => {
    team = await makeTeam();
    token = (await createApiToken(team.viewer.id)).token;
    outsider = await makeTeam();
    outsiderToken = (await createApiToken(outsider.editor.id)).token;
    documentId = (
      await createDocument(team.editor, { projectId: team.project.id, title: 'Concordance test', sourceText: KO, targetText: EN })
    ).id;
    // Three of the four beads approved; the fourth stays as the aligner left it.
    const beads = await db.bead.findMany({ where: { documentId }, orderBy: { position: 'asc' } });
    await db.bead.updateMany({
      where: { id: { in: beads.slice(0, 3).map((b) => b.id) } },
      data: { status: 'approved', labels: ['politics'] },
    });
  });

  const search = async (query: string, as = token) => {
    const res = await callRoute(concordance.GET, { path: `/api/v1/concordance?${query}`, token: as });
    return {
      status: res.status,
      body: (await res.json()) as unknown as ConcordanceAnswer & { error?: { code: string; message: string; field?: string } },
    };
  };

  it('finds a Korean word with its particles, both sides shown, the match marked', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('국민의힘')}`);
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.results.map((r) => r.target)).toEqual(
      expect.arrayContaining(['The People Power Party opposed the budget.', 'The People Power Party elected a new leader.']),
    );
    for (const r of body.results) {
      expect(r).toMatchObject({ documentId, projectId: team.project.id, status: 'approved', labels: ['politics'] });
      expect(r.matches.source.map((s) => r.source.slice(s.start, s.end))).toEqual(['국민의힘']);
    }
  });

  it('two Hangul syllables are found anywhere in a word, like longer queries (decision 049)', async () => {
    const { body } = await search(`q=${encodeURIComponent('정부')}&status=all`);
    expect(body.results.map((r) => r.source).sort()).toEqual(['정부는 금리를 동결했다.', '행정부는 발표를 미뤘다.']);
    expect(body.results.find((r) => r.source.startsWith('행정부'))?.matches.source).toEqual([{ start: 1, end: 3 }]);
    // Across a space is not a pair: 다. 정 is not adjacent Hangul.
    expect((await search(`q=${encodeURIComponent('다정')}&status=all`)).body.total).toBe(0);
    // A Hangul syllable with a Latin letter or a jamo is not a syllable pair: the word-start path answers it.
    expect((await search(`q=${encodeURIComponent('정b')}&status=all`)).status).toBe(200);
    expect((await search(`q=${encodeURIComponent('ㅈㅓ')}&status=all`)).body.total).toBe(0);
  });

  it('a bead that matches on both sides counts once', async () => {
    const { id } = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Both sides',
      sourceText: 'PPP 대변인은 PPP의 입장을 밝혔다.',
      targetText: 'The PPP spokesman stated the PPP position.',
    });
    await db.bead.updateMany({ where: { documentId: id }, data: { status: 'approved' } });
    const { body } = await search('q=ppp');
    expect(body.total).toBe(1);
    expect(body.results[0].matches.source).toHaveLength(2);
    expect(body.results[0].matches.target).toHaveLength(2);
  });

  it('English is case-insensitive; approved only unless status=all', async () => {
    expect((await search('q=people+power+party')).body.total).toBe(2);
    // Paging: the total is the same on every page, including a page past the last match (no row to carry it).
    const first = await search('q=people+power+party&limit=1');
    const second = await search('q=people+power+party&limit=1&offset=1');
    const past = await search('q=people+power+party&limit=1&offset=5');
    expect([first.body.total, second.body.total, past.body.total]).toEqual([2, 2, 2]);
    expect([first.body.results.length, second.body.results.length, past.body.results.length]).toEqual([1, 1, 0]);
    expect(first.body.results[0].beadId).not.toBe(second.body.results[0].beadId);
    expect((await search('q=administration')).body.total).toBe(0);
    expect((await search('q=administration&status=all')).body.total).toBe(1);
    expect((await search('q=administration&side=source&status=all')).body.total).toBe(0);
    expect((await search('q=government&label=politics')).body.total).toBe(1);
    expect((await search('q=government&label=sports')).body.total).toBe(0);
  });

  it('searches only my projects: an outsider finds nothing and a foreign project is a 404', async () => {
    expect((await search('q=government', outsiderToken)).body.total).toBe(0);
    const foreign = await search(`q=government&project=${team.project.id}`, outsiderToken);
    expect(foreign.status).toBe(404);
  });

  it('searches the list of my projects the page already has instead of reading it again; a project not in it is checked', async () => {
    const query = concordanceQuerySchema.parse({ q: 'government' });
    const mine = await listMyProjects(team.viewer);
    expect(await searchConcordance(team.viewer, query, { myProjects: mine })).toEqual(await searchConcordance(team.viewer, query));
    // The list given is what is searched: an empty one finds nothing.
    expect((await searchConcordance(team.viewer, query, { myProjects: [] })).total).toBe(0);
    const foreign = concordanceQuerySchema.parse({ q: 'government', project: team.project.id });
    expect((await failure(searchConcordance(outsider.editor, foreign, { myProjects: [] }))).status).toBe(404);
  });

  it('treats LIKE wildcards and SQL as text', async () => {
    expect((await search(`q=${encodeURIComponent('%%')}`)).body.total).toBe(0);
    expect((await search(`q=${encodeURIComponent('__')}`)).body.total).toBe(0);
    const injection = await search(`q=${encodeURIComponent(`'; DROP TABLE "Bead"; --`)}`);
    expect(injection.status).toBe(200);
    expect(await db.bead.count({ where: { documentId } })).toBe(4);
  });

  it.each([
    ['', 'q'],
    ['q=a', 'q'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['q=ab%00cd', 'q'],
    ['q=government&limit=0', 'limit'],
    ['q=government&limit=101', 'limit'],
    ['q=government&offset=10001', 'offset'],
    ['q=government&status=draft', 'status'],
    ['q=government&from=yesterday', 'from'],
    ['q=government&sort=date', 'sort'],
    ['q=government&q=rate', 'q'],
  ])('refuses ?%s with a 400 naming %s', async (query, field) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'INVALID_INPUT', field });
  });
});

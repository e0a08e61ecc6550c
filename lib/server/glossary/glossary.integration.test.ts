import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { getDocument } from '@/lib/server/testing/get-document';
import { failure } from '@/lib/server/testing/failure';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { addGlossaryEntry } from './add-glossary-entry';
import { deleteGlossaryEntry } from './delete-glossary-entry';
import { MAX_GLOSSARY_ENTRIES } from './glossary-schema';
import { importGlossary } from './import-glossary';
import { listGlossary } from './list-glossary';
import { updateGlossaryEntry } from './update-glossary-entry';

type Team = Awaited<ReturnType<typeof makeTeam>>;

const glossaryEvents = (projectId: string) =>
  db.auditEvent.findMany({
    where: { projectId, action: { startsWith: 'glossary.' } },
    orderBy: { createdAt: 'asc' },
    select: { action: true, actorId: true, target: true, documentId: true, before: true, after: true },
  });

const pairs = async (actor: SessionUser, projectId: string) =>
  (await listGlossary(actor, { projectId })).entries.map((e) => `${e.source}=${e.target}`);

describe('glossary entries', () => {
  let team: Team;
  let outsider: SessionUser;
  beforeAll(async () => {
    team = await makeTeam();
    outsider = await makeUser();
  });

  it('editors add, fix and delete entries; every change is one audit event with before and after', async () => {
    const { project, editor, admin, viewer } = await makeTeam();
    const bok = await addGlossaryEntry(editor, { projectId: project.id, source: ' 한국은행 ', target: 'Bank  of Korea' });
    expect(bok).toMatchObject({ source: '한국은행', target: 'Bank of Korea' });
    const rate = await addGlossaryEntry(admin, { projectId: project.id, source: '기준금리', target: 'key rate' });
    await addGlossaryEntry(editor, { projectId: project.id, source: '한국은행', target: 'BOK' }); // a second target for one source
    expect(await pairs(viewer, project.id)).toEqual(['기준금리=key rate', '한국은행=BOK', '한국은행=Bank of Korea']);

    expect(
      await updateGlossaryEntry(editor, { projectId: project.id, entryId: rate.id, source: '기준금리', target: 'base rate' }),
    ).toMatchObject({ id: rate.id, target: 'base rate' });
    expect(await deleteGlossaryEntry(editor, { projectId: project.id, entryId: bok.id })).toEqual({ id: bok.id });
    expect(await pairs(viewer, project.id)).toEqual(['기준금리=base rate', '한국은행=BOK']);

    const events = await glossaryEvents(project.id);
    expect(events.map((e) => e.action)).toEqual(['glossary.add', 'glossary.add', 'glossary.add', 'glossary.update', 'glossary.delete']);
    expect(events[0]).toMatchObject({
      actorId: editor.id,
      target: bok.id,
      documentId: null,
      after: { source: '한국은행', target: 'Bank of Korea' },
    });
    expect(events[3]).toMatchObject({ target: rate.id, before: { target: 'key rate' }, after: { target: 'base rate' } });
    expect(events[4]).toMatchObject({ target: bok.id, before: { source: '한국은행', target: 'Bank of Korea' } });
  });

  it('refuses the same pair twice (ignoring case and spacing), also when editing into it', async () => {
    const { project, editor } = await makeTeam();
    const first = await addGlossaryEntry(editor, { projectId: project.id, source: '국회', target: 'National Assembly' });
    const again = await failure(addGlossaryEntry(editor, { projectId: project.id, source: '국회 ', target: 'national  assembly' }));
    expect(again).toMatchObject({ code: 'ALREADY_EXISTS', message: 'The glossary already has 국회 → national assembly.' });
    const other = await addGlossaryEntry(editor, { projectId: project.id, source: '국회', target: 'parliament' });
    expect(
      (
        await failure(
          updateGlossaryEntry(editor, { projectId: project.id, entryId: other.id, source: '국회', target: 'National Assembly' }),
        )
      ).code,
    ).toBe('ALREADY_EXISTS');
    // changing only the case of an entry is allowed
    expect(
      (await updateGlossaryEntry(editor, { projectId: project.id, entryId: first.id, source: '국회', target: 'national Assembly' })).target,
    ).toBe('national Assembly');
  });

  it('lets every member read and search; only editors and admins change it (403), non-members get 404', async () => {
    const entry = await addGlossaryEntry(team.editor, { projectId: team.project.id, source: '외교부', target: 'Foreign Ministry' });
    await addGlossaryEntry(team.editor, { projectId: team.project.id, source: '국방부', target: 'Defense Ministry' });
    const found = await listGlossary(team.reviewer, { projectId: team.project.id, q: 'foreign' });
    expect(found).toMatchObject({ entries: [{ id: entry.id, source: '외교부', target: 'Foreign Ministry' }], matching: 1 });
    expect(found.total).toBeGreaterThanOrEqual(2);
    expect((await listGlossary(team.viewer, { projectId: team.project.id, q: '국방' })).entries.map((e) => e.target)).toEqual([
      'Defense Ministry',
    ]);

    const audits = await db.auditEvent.count({ where: { projectId: team.project.id } });
    for (const user of [team.reviewer, team.viewer]) {
      expect(
        (await failure(addGlossaryEntry(user, { projectId: team.project.id, source: '통일부', target: 'Unification Ministry' }))).code,
      ).toBe('FORBIDDEN');
      expect(
        (await failure(updateGlossaryEntry(user, { projectId: team.project.id, entryId: entry.id, source: '외교부', target: 'MOFA' })))
          .code,
      ).toBe('FORBIDDEN');
      expect((await failure(deleteGlossaryEntry(user, { projectId: team.project.id, entryId: entry.id }))).code).toBe('FORBIDDEN');
      expect((await failure(importGlossary(user, { projectId: team.project.id, text: '통일부\tUnification Ministry' }))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await failure(listGlossary(outsider, { projectId: team.project.id }))).code).toBe('NOT_FOUND');
    expect(
      (await failure(addGlossaryEntry(outsider, { projectId: team.project.id, source: '통일부', target: 'Unification Ministry' }))).code,
    ).toBe('NOT_FOUND');
    expect((await failure(deleteGlossaryEntry(outsider, { projectId: team.project.id, entryId: entry.id }))).code).toBe('NOT_FOUND');
    expect((await failure(importGlossary(outsider, { projectId: team.project.id, text: '통일부\tUnification Ministry' }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await db.auditEvent.count({ where: { projectId: team.project.id } })).toBe(audits);
  });

  it("treats another project's entry id as not found", async () => {
    const other = await makeTeam();
    const foreign = await addGlossaryEntry(other.editor, { projectId: other.project.id, source: '검찰', target: 'prosecution' });
    expect((await failure(deleteGlossaryEntry(team.admin, { projectId: team.project.id, entryId: foreign.id }))).code).toBe('NOT_FOUND');
    expect(
      (
        await failure(
          updateGlossaryEntry(team.admin, { projectId: team.project.id, entryId: foreign.id, source: '검찰', target: 'prosecutors' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await pairs(other.editor, other.project.id)).toEqual(['검찰=prosecution']);
  });

  it('validates terms', async () => {
    const bad = async (source: string, target: string) => {
      const error: unknown = await addGlossaryEntry(team.editor, { projectId: team.project.id, source, target }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(z.ZodError);
      return (error as z.ZodError).issues.map((i) => i.message).join('; ');
    };
    expect(await bad('  ', 'x')).toBe('Enter the source term.');
    expect(await bad('경찰', '')).toBe('Enter the target term.');
    expect(await bad('경찰', 'p'.repeat(201))).toBe('The target term is longer than 200 characters.');
  });
});

describe('glossary import', () => {
  it('adds new pairs in one go, skips duplicates, reports rejected lines and records one audit event', async () => {
    const { project, editor } = await makeTeam();
    await addGlossaryEntry(editor, { projectId: project.id, source: '한국은행', target: 'Bank of Korea' });
    const file = [
      'source\ttarget',
      '한국은행\tbank of korea',
      '기준금리\tkey rate',
      '기준금리\tkey rate',
      '물가\t',
      '소비자물가\tconsumer prices',
      'no tab here',
    ].join('\n');
    const result = await importGlossary(editor, { projectId: project.id, text: file, fileName: 'desk.tsv' });
    expect(result).toEqual({
      added: 2,
      duplicates: 2,
      total: 3,
      rejectedCount: 2,
      rejected: [
        { line: 5, text: '물가\t', code: 'target_empty', reason: 'the target term is empty' },
        { line: 7, text: 'no tab here', code: 'no_tab', reason: 'no tab between the source and the target term' },
      ],
    });
    expect(await pairs(editor, project.id)).toEqual(['기준금리=key rate', '소비자물가=consumer prices', '한국은행=Bank of Korea']);
    const events = await glossaryEvents(project.id);
    expect(events.map((e) => e.action)).toEqual(['glossary.add', 'glossary.import']);
    expect(events[1]).toMatchObject({
      actorId: editor.id,
      target: project.id,
      after: {
        fileName: 'desk.tsv',
        format: 'tsv',
        added: 2,
        duplicates: 2,
        rejected: 2,
        entries: [
          { source: '기준금리', target: 'key rate' },
          { source: '소비자물가', target: 'consumer prices' },
        ],
      },
    });

    // the same file again adds nothing and records nothing
    expect(await importGlossary(editor, { projectId: project.id, text: file })).toMatchObject({ added: 0, duplicates: 4, total: 3 });
    expect(await glossaryEvents(project.id)).toHaveLength(2);
  });

  it('reads CSV too', async () => {
    const { project, admin } = await makeTeam();
    const result = await importGlossary(admin, {
      projectId: project.id,
      text: '"삼성전자","Samsung Electronics Co., Ltd."\n현대차,Hyundai Motor\n',
    });
    expect(result).toMatchObject({ added: 2, rejectedCount: 0 });
  });

  it('refuses an empty file and one over 5,000 entries, and a glossary that would pass the project limit, adding nothing', async () => {
    const { project, editor } = await makeTeam();
    expect((await failure(importGlossary(editor, { projectId: project.id, text: '\n \n' }))).code).toBe('INVALID_INPUT');
    const big = Array.from({ length: 5001 }, (_, i) => `용어${i}\tterm ${i}`).join('\n');
    expect(await failure(importGlossary(editor, { projectId: project.id, text: big }))).toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/at most 5,000/),
    });
    expect((await listGlossary(editor, { projectId: project.id })).total).toBe(0);

    // fill the project to its limit directly, then one more pair is refused
    await db.glossaryEntry.createMany({
      data: Array.from({ length: MAX_GLOSSARY_ENTRIES - 1 }, (_, i) => ({
        projectId: project.id,
        source: `단어${i}`,
        target: `word ${i}`,
      })),
    });
    expect((await importGlossary(editor, { projectId: project.id, text: '마지막\tlast' })).added).toBe(1);
    expect((await failure(importGlossary(editor, { projectId: project.id, text: '하나 더\tone more' }))).code).toBe('TOO_LARGE');
    expect((await failure(addGlossaryEntry(editor, { projectId: project.id, source: '하나 더', target: 'one more' }))).code).toBe(
      'TOO_LARGE',
    );
    await db.glossaryEntry.deleteMany({ where: { projectId: project.id } });
  });

  it('rolls the whole import back when its audit row fails', async () => {
    const { project } = await makeTeam();
    const ghostAdmin = { id: 'ghost-admin-without-a-user-row', email: 'ghost@test.example', name: 'Ghost', isAdmin: true };
    await expect(importGlossary(ghostAdmin, { projectId: project.id, text: '가\ta\n나\tb' })).rejects.toThrow();
    await expect(addGlossaryEntry(ghostAdmin, { projectId: project.id, source: '가', target: 'a' })).rejects.toThrow();
    expect(await db.glossaryEntry.count({ where: { projectId: project.id } })).toBe(0);
  });
});

describe('the glossary reaches the aligner', () => {
  // Two Korean sentences that differ only in a made-up company name; the English edition keeps one of them.
  // Nothing but the glossary says which: without it the English sentence pairs with the first.
  const KO = '뷁쀍 그룹이 새 공장을 짓는다고 밝혔다.\n\n퀗퉭 그룹도 새 공장을 짓는다고 밝혔다.\n\n공장은 내년에 완공된다.';
  const EN = 'Quintara Group also said it would build a new plant.\n\nThe plant will be finished next year.';

  it('pairs the sentence whose only link is a glossary term once the entry exists', async () => {
    const { project, editor } = await makeTeam();
    const align = async () => {
      const { id } = await createDocument(editor, { projectId: project.id, title: 'Plants', sourceText: KO, targetText: EN });
      const doc = await getDocument(editor, { documentId: id });
      const index = (ids: string[], side: { id: string }[]) => ids.map((s) => side.findIndex((x) => x.id === s));
      const quintara = doc.beads.find((b) => index(b.target, doc.target).includes(0))!;
      return { source: index(quintara.source, doc.source), confidence: quintara.confidence ?? 0, reason: quintara.reason ?? '' };
    };
    const before = await align();
    expect(before.source).toEqual([0]);
    expect(before.reason).not.toMatch(/quintara/);

    await addGlossaryEntry(editor, { projectId: project.id, source: '퀗퉭', target: 'Quintara' });
    const after = await align();
    expect(after.source).toEqual([1]);
    expect(after.reason).toMatch(/quintara/);
  });
});

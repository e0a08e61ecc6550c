import { beforeAll, describe, expect, it } from 'vitest';
import { PASTED_ENGLISH_PAGE, PASTED_KOREAN_PAGE } from '@/lib/import/testing/web-text-fixtures';
import { db } from '@/lib/server/db';
import { makeTeam } from '@/lib/server/testing/factories';
import { failure } from '@/lib/server/testing/failure';
import { importArticlePair } from '@/lib/server/import/import-article-pair';
import { createDocument } from './create-document';

// Pasted web text (issue 11 item 4, decision 022): furniture lines are dropped and reported, captions and credits
// become their own segments, and the editor can keep everything instead.

describe('importing pasted news pages', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(async () => {
    team = await makeTeam();
  });

  const texts = async (documentId: string, side: 'source' | 'target') =>
    (await db.segment.findMany({ where: { documentId, side }, orderBy: { position: 'asc' }, select: { text: true } })).map((s) => s.text);

  it('drops the furniture, reports it per side, and keeps the caption credit as its own segment', async () => {
    const created = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Floating library',
      sourceText: PASTED_KOREAN_PAGE,
      targetText: PASTED_ENGLISH_PAGE,
    });
    expect(created.dropped.target).toContain('Please direct questions or comments to [desk@example.com]');
    expect(created.dropped.target).toContain('Most viewed articles');
    expect(created.dropped.source).toContain('많이 본 기사');
    const target = await texts(created.id, 'target');
    expect(target).toContain('(Yonhap)');
    expect(target.join(' ')).not.toMatch(/Posted on|By Nam|Facebook|Related stories|Rookie striker/);
    expect((await texts(created.id, 'source')).join(' ')).not.toMatch(/기자|무단 전재|관련 기사/);
  });

  it('keeps every line when asked, through the import API path too', async () => {
    const created = await importArticlePair(team.editor, {
      projectId: team.project.id,
      title: 'Kept',
      source: { text: PASTED_KOREAN_PAGE },
      target: { text: PASTED_ENGLISH_PAGE },
      keepBoilerplate: true,
    });
    expect(created.dropped).toEqual({ source: [], target: [] });
    expect((await texts(created.id, 'target')).join(' ')).toContain('By Nam Ha-eun');
  });

  it('refuses a side that is nothing but furniture with a 4xx, and writes nothing', async () => {
    const before = await db.document.count({ where: { projectId: team.project.id } });
    const error = await failure(
      createDocument(team.editor, {
        projectId: team.project.id,
        title: 'Only furniture',
        sourceText: PASTED_KOREAN_PAGE,
        targetText: 'Posted on : 2026-07-02\nFacebook Twitter\n\nBy Nam Ha-eun',
      }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toContain('target');
    expect(await db.document.count({ where: { projectId: team.project.id } })).toBe(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeTeam } from '@/lib/server/testing/factories';
import { createDocument } from './create-document';
import { documentPairWarnings } from './document-pair-warnings';
import { getDocument } from '@/lib/server/testing/get-document';

// Opening a 2,000-bead document spent 0.25–0.75 s recomputing the pair warnings from every segment (issue 12
// item 13, decision 029). They are stored at import; opening reads them back.
describe('pair warnings are kept with the document', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(async () => {
    team = await makeTeam();
  });

  const english = Array.from({ length: 30 }, (_, i) => `English sentence number ${i + 1} about another story.`).join(' ');
  const stored = async (id: string) =>
    await db.document.findUniqueOrThrow({ where: { id }, select: { pairWarnings: true, updatedAt: true } });

  it('stores the import warnings, and opening answers what is stored without recomputing', async () => {
    const created = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Nonsense pair',
      sourceText: '부산항 노동자들이 파업을 끝냈다.',
      targetText: english,
    });
    expect(created.warnings.map((w) => w.code)).toContain('SENTENCE_COUNTS_APART');
    expect((await stored(created.id)).pairWarnings).toEqual(created.warnings);
    // A stored value the segments would not give back proves the open reads it instead of recomputing.
    await db.document.update({ where: { id: created.id }, data: { pairWarnings: [{ code: 'LENGTHS_APART', message: 'kept' }] } });
    const doc = await getDocument(team.editor, { documentId: created.id });
    expect(await documentPairWarnings(doc)).toEqual([{ code: 'LENGTHS_APART', message: 'kept' }]);
  });

  it('computes and keeps them once for a document imported before they were stored, leaving updatedAt alone', async () => {
    const created = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Older import',
      sourceText: '부산항 노동자들이 파업을 끝냈다.',
      targetText: english,
    });
    await db.$executeRaw`UPDATE "Document" SET "pairWarnings" = NULL WHERE "id" = ${created.id}`;
    const before = await stored(created.id);
    const doc = await getDocument(team.editor, { documentId: created.id });
    const warnings = await documentPairWarnings(doc);
    expect(warnings).toEqual(created.warnings);
    const after = await stored(created.id);
    expect(after.pairWarnings).toEqual(created.warnings);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it('a translation memory has none, and a stored value that is not a list of warnings is recomputed', async () => {
    const created = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'Plausible',
      sourceText: '부산항 노동자들이 3일 파업을 끝냈다.',
      targetText: 'Dock workers in Busan ended a three-day strike.',
    });
    expect((await stored(created.id)).pairWarnings).toEqual([]);
    const doc = await getDocument(team.editor, { documentId: created.id });
    expect(await documentPairWarnings({ ...doc, kind: 'memory' })).toEqual([]);
    await db.$executeRaw`UPDATE "Document" SET "pairWarnings" = '"<script>"'::jsonb WHERE "id" = ${created.id}`;
    expect(await documentPairWarnings(doc)).toEqual([]);
  });
});

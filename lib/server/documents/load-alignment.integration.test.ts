import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeTeam } from '@/lib/server/testing/factories';
import { createDocument } from './create-document';
import { alignmentReads, loadAlignmentAt } from './load-alignment';

// The per-process alignment cache (decision 040): readers of one version share one read and keep it; rows read
// inside a transaction are never kept, since that transaction may still roll back.

const KO = '서울시가 심야 버스를 늘린다.\n\n요금은 2,500원이다.';
const EN = 'Seoul adds night buses.\n\nThe fare is 2,500 won.';

async function newDocument(title: string) {
  const team = await makeTeam();
  const { id } = await createDocument(team.editor, { projectId: team.project.id, title, sourceText: KO, targetText: EN });
  const { version } = await db.document.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return { id, version };
}

describe('loadAlignmentAt', () => {
  it('answers fifty readers of one version with one read, and the next reader with none', async () => {
    const { id, version } = await newDocument('Fifty readers');
    const before = alignmentReads();
    const all = await Promise.all(Array.from({ length: 50 }, () => loadAlignmentAt(id, version, db)));
    expect(alignmentReads() - before).toBe(1);
    expect(new Set(all).size).toBe(1);
    expect(all[0].beads).toHaveLength(2);
    await loadAlignmentAt(id, version, db);
    expect(alignmentReads() - before).toBe(1);
  });

  it('never keeps rows read inside a transaction that rolled back', async () => {
    const { id, version } = await newDocument('Rolled back');
    const segment = await db.segment.findFirstOrThrow({ where: { documentId: id, side: 'target' }, select: { id: true } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.segment.update({ where: { id: segment.id }, data: { text: 'Never committed.' } });
        await tx.document.update({ where: { id }, data: { version: version + 1 } });
        const seen = await loadAlignmentAt(id, version + 1, tx);
        expect(seen.target.map((s) => s.text)).toContain('Never committed.');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.$transaction([
      db.segment.update({ where: { id: segment.id }, data: { text: 'Committed.' } }),
      db.document.update({ where: { id }, data: { version: version + 1 } }),
    ]);
    const texts = (await loadAlignmentAt(id, version + 1, db)).target.map((s) => s.text);
    expect(texts).toContain('Committed.');
    expect(texts).not.toContain('Never committed.');
  });

  it('reads a document that does not exist as empty, and keeps nothing for it', async () => {
    const before = alignmentReads();
    expect(await loadAlignmentAt('no-such-document', 1, db)).toEqual({ source: [], target: [], beads: [] });
    await loadAlignmentAt('no-such-document', 1, db);
    expect(alignmentReads() - before).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { createDocument } from '@/lib/server/documents/create-document';
import { makeTeam } from '@/lib/server/testing/factories';
import { forgetQaSummary, qaCountsOf, summarySelect } from './qa-summaries';

// The kept QA counts are a cache (decision 041). A list that read a document before a dismissal must not keep
// counts computed from then, even when the document had no counts yet: forgetting writes a mark that no reader
// saw, so the reader's guarded write finds the document changed and keeps nothing.

const KO = ['시위에는 4만2천 명이 참가했다.', '회의는 11월 27일 열렸다.'].join('\n');
const EN = ['Some 24,000 people joined the protest.', 'The meeting was held on Nov. 27.'].join('\n');

const read = (id: string) => db.document.findUniqueOrThrow({ where: { id }, select: summarySelect });

describe('kept QA counts', () => {
  it('are kept by a reader that saw the document as it is', async () => {
    const team = await makeTeam();
    const { id } = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'QA counts kept',
      sourceText: KO,
      targetText: EN,
    });
    const counts = (await qaCountsOf([await read(id)])).get(id);
    expect(counts?.flags).toBeGreaterThan(0);
    expect(await read(id)).toMatchObject({ qaSummary: { flags: counts?.flags, beads: counts?.beads } });
  });

  it('are not kept by a reader that read the document before a dismissal forgot them, whatever it held', async () => {
    const team = await makeTeam();
    const { id } = await createDocument(team.editor, {
      projectId: team.project.id,
      title: 'QA counts race',
      sourceText: KO,
      targetText: EN,
    });
    for (let round = 0; round < 2; round++) {
      const before = await read(id); // round 0: no counts yet; round 1: a mark from the last forget
      await db.$transaction((tx) => forgetQaSummary(tx, id)); // a dismissal commits in between
      await qaCountsOf([before]);
      const after = await read(id);
      expect(after.qaSummary).not.toHaveProperty('flags');
      expect(after.qaSummary).not.toEqual(before.qaSummary);
    }
    await qaCountsOf([await read(id)]);
    expect(await read(id)).toMatchObject({ qaSummary: { flags: expect.any(Number) } });
  });
});

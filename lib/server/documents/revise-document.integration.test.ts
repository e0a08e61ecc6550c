import { beforeAll, describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import { readTmx } from '@/lib/formats/tmx-reader';
import { createComment } from '@/lib/server/comments/create-comment';
import { db } from '@/lib/server/db';
import { exportDocument, exportQuerySchema } from '@/lib/server/export/export-documents';
import { getBeadReview } from '@/lib/server/review/get-bead-review';
import { setLabels } from '@/lib/server/review/set-labels';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { approvedBeadsDocument, failure, signedOffDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { getDocument } from '@/lib/server/testing/get-document';
import { reviseDocument } from './revise-document';
import { undoRedo } from './undo-redo-operation';

// Issue 14 part 2: a revision keeps the work on what did not change, sends what changed back to review with a diff,
// reopens a signed-off document, and is one logged, audited, undoable change, written whole or not at all.

// The small review fixture's English side, one sentence corrected ("2,500" → "2,800").
const EN_REVISED = 'Seoul adds night buses.\n\nThe fare is 2,800 won.\n\nThere were no accidents.';

type Team = Awaited<ReturnType<typeof makeTeam>>;

async function snapshot(documentId: string) {
  const [document, beads, segments, operations, changes, audits] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { version: true, status: true } }),
    db.bead.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true, status: true, sourceIds: true, targetIds: true, labels: true },
    }),
    db.segment.findMany({ where: { documentId }, orderBy: [{ side: 'asc' }, { position: 'asc' }], select: { id: true, text: true } }),
    db.operation.count({ where: { documentId } }),
    db.documentChange.count({ where: { documentId } }),
    db.auditEvent.count({ where: { documentId } }),
  ]);
  return { document, beads, segments, operations, changes, audits };
}

describe('reviseDocument', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('keeps untouched beads approved with their labels and comments, and sends the corrected bead back to review with a diff', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const before = await getDocument(team.editor, { documentId: id });
    const [first, fare] = before.beads;
    await setLabels(team.editor, { documentId: id, beadId: first.id, labels: ['terminology'] });
    await createComment(team.editor, { documentId: id, beadId: first.id, body: 'Keep this headline.' });
    const was = await snapshot(id);

    const result = await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });

    expect(result.summary.beads).toEqual({ kept: 2, changed: 1, added: 0, removed: 0 });
    expect(result.summary.changed).toEqual([
      {
        beadId: fare.id,
        before: { source: '요금은 2,500원이다.', target: 'The fare is 2,500 won.' },
        after: { source: '요금은 2,500원이다.', target: 'The fare is 2,800 won.' },
      },
    ]);
    const now = await snapshot(id);
    expect(now.beads.map((b) => [b.id, b.status])).toEqual([
      [first.id, 'approved'],
      [fare.id, 'edited'],
      [before.beads[2].id, 'approved'],
    ]);
    expect(now.beads[0].labels).toEqual(['terminology']);
    expect(await db.annotation.count({ where: { documentId: id, beadId: first.id } })).toBe(1);
    // One change in every log: the operation (with its inverse), the change row open editors receive, the audit event.
    expect(now.document.version).toBe(was.document.version + 1);
    expect(now.operations).toBe(was.operations + 1);
    expect(now.changes).toBe(was.changes + 1);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { documentId: id, action: 'document.revision' },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(team.editor.id);
    // The reviewer sees what changed since they approved it.
    const review = await getBeadReview(team.reviewer, { documentId: id, beadId: fare.id });
    expect(review.changedSinceDecision).toBe(true);
    expect(review.diff?.target).toContainEqual({ kind: 'added', text: '800' });
  });

  it('clears the rejection of a bead it changes (it was about the old text) and keeps the others', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const [first, fare] = (await getDocument(team.editor, { documentId: id })).beads;
    await db.bead.updateMany({ where: { id: { in: [first.id, fare.id] } }, data: { rejectReason: 'Check this' } });
    await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });
    const reasons = await db.bead.findMany({ where: { id: { in: [first.id, fare.id] } }, select: { id: true, rejectReason: true } });
    expect(Object.fromEntries(reasons.map((b) => [b.id, b.rejectReason]))).toEqual({ [first.id]: 'Check this', [fare.id]: null });
  });

  it('reopens a signed-off document with the reason "new revision", in the same transaction', async () => {
    const id = await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const was = await snapshot(id);
    const result = await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });
    expect(result).toMatchObject({ status: 'reopened', reopened: true, version: was.document.version + 2 });
    const reopen = await db.auditEvent.findFirstOrThrow({ where: { documentId: id, action: 'document.reopen' }, select: { after: true } });
    expect(reopen.after).toEqual({ status: 'reopened', reason: 'new revision' });
    expect((await snapshot(id)).document.status).toBe('reopened');
  });

  it('can be undone by its author, which gives back the old text exactly', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const was = await snapshot(id);
    const result = await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });
    await undoRedo(team.editor, { documentId: id, baseVersion: result.version, direction: 'undo' });
    const now = await snapshot(id);
    expect(now.beads).toEqual(was.beads);
    expect(now.segments).toEqual(was.segments);
  });

  it("gives a changed bead no reviewer had decided on the revision's word diff, gone once the revision is undone", async () => {
    const id = await submittedDocument(team.editor, team.project.id);
    const fare = (await getDocument(team.editor, { documentId: id })).beads[1];
    const result = await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });
    const review = await getBeadReview(team.editor, { documentId: id, beadId: fare.id });
    expect(review.status).toBe('edited');
    expect(review.diff).toBeNull();
    expect(review.revision?.by).toBe(team.editor.name);
    expect(review.revision?.diff.target).toContainEqual({ kind: 'added', text: '800' });
    await undoRedo(team.editor, { documentId: id, baseVersion: result.version, direction: 'undo' });
    expect((await getBeadReview(team.editor, { documentId: id, beadId: fare.id })).revision).toBeNull();
  });

  it('writes nothing when the new version is the stored text', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const was = await snapshot(id);
    const result = await reviseDocument(team.editor, {
      documentId: id,
      target: { text: 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were no accidents.' },
    });
    expect(result.version).toBe(was.document.version);
    expect(await snapshot(id)).toEqual(was);
  });

  it('refuses, writing nothing: no side, empty text, a stale version, a viewer, an outsider, an unknown document', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const was = await snapshot(id);
    const cases: [() => Promise<unknown>, string][] = [
      [() => reviseDocument(team.editor, { documentId: id }), 'INVALID_INPUT'],
      [() => reviseDocument(team.editor, { documentId: id, target: { text: '  \n ' } }), 'INVALID_INPUT'],
      [
        () => reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED }, baseVersion: was.document.version - 1 }),
        'VERSION_CONFLICT',
      ],
      [() => reviseDocument(team.viewer, { documentId: id, target: { text: EN_REVISED } }), 'FORBIDDEN'],
      [() => reviseDocument(team.reviewer, { documentId: id, target: { text: EN_REVISED } }), 'FORBIDDEN'],
      [async () => reviseDocument(await makeUser(), { documentId: id, target: { text: EN_REVISED } }), 'NOT_FOUND'],
      [() => reviseDocument(team.editor, { documentId: 'no-such-document', target: { text: EN_REVISED } }), 'NOT_FOUND'],
    ];
    for (const [call, code] of cases) expect((await failure(call())).code).toBe(code);
    expect(await snapshot(id)).toEqual(was);
  });

  it('applies one of two revisions sent at the same time, or both one after the other, never half of one', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const was = await snapshot(id);
    const other = 'Seoul adds night buses.\n\nThe fare is 2,500 won.\n\nThere were two accidents.';
    const outcomes = await Promise.allSettled([
      reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } }),
      reviseDocument(team.admin, { documentId: id, target: { text: other } }),
    ]);
    const applied = outcomes.filter((o) => o.status === 'fulfilled').length;
    for (const o of outcomes) if (o.status === 'rejected') expect((o.reason as { code: string }).code).toBe('VERSION_CONFLICT');
    expect(applied).toBeGreaterThan(0);
    const now = await snapshot(id);
    expect(now.document.version).toBe(was.document.version + applied);
    expect(now.operations).toBe(was.operations + applied);
    expect(now.changes).toBe(was.changes + applied);
  });

  it('exports the current text; the TMX unit keeps its creationdate and gets a new changedate', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const query = exportQuerySchema.parse({ status: 'all' });
    const unitsOf = async () =>
      (await readTmx(await collectChunks((await exportDocument(team.viewer, { documentId: id, query })).chunks))).units;
    const old = await unitsOf();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // TMX dates are to the second
    await reviseDocument(team.editor, { documentId: id, target: { text: EN_REVISED } });
    const now = await unitsOf();
    expect(now.map((u) => u.targetText)).toEqual(['Seoul adds night buses.', 'The fare is 2,800 won.', 'There were no accidents.']);
    expect(now[1].tuid).toBe(old[1].tuid);
    expect(now[1].created).toEqual(old[1].created);
    expect(now[1].changed!.getTime()).toBeGreaterThan(old[1].changed!.getTime());
    expect(now[0].changed).toEqual(old[0].changed);
  });
});

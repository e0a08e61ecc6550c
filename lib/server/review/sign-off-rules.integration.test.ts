import { beforeAll, describe, expect, it } from 'vitest';
import { createComment } from '@/lib/server/comments/create-comment';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { undoRedo } from '@/lib/server/documents/undo-redo-operation';
import { documentHistory } from '@/lib/server/documents/document-history';
import { getDocument } from '@/lib/server/testing/get-document';
import { addMember, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { approveAll } from './approve-all';
import { getBeadReview } from './get-bead-review';
import { listReviewQueue } from './list-review-queue';
import { reopenDocument } from './reopen-document';
import { approvedBeadsDocument, currentVersion, failure, signedOffDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { reviewBead } from './review-bead';
import { setLabels } from './set-labels';
import { signOffDocument } from './sign-off-document';
import { submitDocument } from './submit-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;

describe('four-eyes', () => {
  it('refuses sign-off by a reviewer who edited the text (reviewersMayEdit); another reviewer may', async () => {
    const team = await makeTeam();
    await db.project.update({ where: { id: team.project.id }, data: { reviewersMayEdit: true } });
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const doc = await getDocument(team.reviewer, { documentId: id });
    const edited = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Seoul adds two night buses.' },
    });
    expect(edited.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
    const again = await reviewBead(team.reviewer, {
      documentId: id,
      beadId: doc.beads[0].id,
      decision: 'approve',
      baseVersion: edited.version,
    });
    const refused = await failure(signOffDocument(team.reviewer, { documentId: id }));
    expect(refused).toMatchObject({ code: 'FOUR_EYES' });
    expect(refused.status).toBe(403);

    // A second reviewer who did not edit may sign off.
    const second = await makeUser({ name: 'Second reviewer' });
    await addMember(team.owner, team.project.id, second, 'reviewer');
    expect((await signOffDocument(second, { documentId: id, baseVersion: again.version })).status).toBe('approved');
  });

  it('an undone edit does not count', async () => {
    const team = await makeTeam();
    await db.project.update({ where: { id: team.project.id }, data: { reviewersMayEdit: true } });
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const doc = await getDocument(team.reviewer, { documentId: id });
    const edited = await applyDocumentOperation(team.reviewer, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Typo.' },
    });
    // Undo is per user (decision 042): the reviewer takes back their own edit.
    const undone = await undoRedo(team.reviewer, { documentId: id, baseVersion: edited.version, direction: 'undo' });
    expect(undone.beads[0].status).toBe('approved');
    expect((await signOffDocument(team.reviewer, { documentId: id })).status).toBe('approved');
  });

  it('counts work done under an earlier role, and is off when the project turns it off', async () => {
    const team = await makeTeam();
    const formerEditor = await makeUser({ name: 'Former editor' });
    await addMember(team.owner, team.project.id, formerEditor, 'editor');
    const id = await submittedDocument(formerEditor, team.project.id); // confirmUpTo: an editing operation
    await approveAll(team.reviewer, { documentId: id, baseVersion: await currentVersion(team.reviewer, id) });
    await addMember(team.owner, team.project.id, formerEditor, 'reviewer');
    expect((await failure(signOffDocument(formerEditor, { documentId: id }))).code).toBe('FOUR_EYES');
    expect((await listReviewQueue(formerEditor)).find((d) => d.documentId === id)?.fourEyesBlocksYou).toBe(true);

    await db.project.update({ where: { id: team.project.id }, data: { fourEyes: false } });
    expect((await signOffDocument(formerEditor, { documentId: id })).status).toBe('approved');
  });
});

describe('read-only after sign-off', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('refuses every change with DOCUMENT_LOCKED until a reviewer reopens it with a reason', async () => {
    const { editor, reviewer, admin } = team;
    const id = await signedOffDocument(editor, reviewer, team.project.id);
    const doc = await getDocument(editor, { documentId: id });
    const bead = doc.beads[0].id;
    const locked: (() => Promise<unknown>)[] = [
      () =>
        applyDocumentOperation(editor, {
          documentId: id,
          baseVersion: doc.version,
          operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Changed.' },
        }),
      () => applyDocumentOperation(editor, { documentId: id, baseVersion: doc.version, operation: { type: 'merge', beadId: bead } }),
      () => undoRedo(editor, { documentId: id, baseVersion: doc.version, direction: 'undo' }),
      () => reviewBead(reviewer, { documentId: id, beadId: bead, decision: 'reject', reason: 'Late doubt', baseVersion: doc.version }),
      () => approveAll(reviewer, { documentId: id, baseVersion: doc.version }),
      () => setLabels(editor, { documentId: id, beadId: bead, labels: ['style'] }),
      () => createComment(editor, { documentId: id, beadId: bead, body: 'Too late?' }),
    ];
    for (const attempt of locked) {
      const error = await failure(attempt());
      expect(error.code).toBe('DOCUMENT_LOCKED');
      expect(error.status).toBe(409);
    }
    expect((await failure(submitDocument(editor, { documentId: id }))).code).toBe('INVALID_TRANSITION');
    expect((await failure(reopenDocument(editor, { documentId: id, reason: 'Please' }))).status).toBe(403);
    expect((await failure(reopenDocument(admin, { documentId: id, reason: '  ' }))).code).toBe('REASON_REQUIRED');
    expect(await currentVersion(editor, id)).toBe(doc.version);

    const reopened = await reopenDocument(admin, { documentId: id, reason: 'Correction: the fare changed' });
    expect(reopened).toMatchObject({ status: 'reopened', version: doc.version + 1, signedOffAt: null });
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { signedOffById: true } })).toEqual({ signedOffById: null });

    // Editing an approved bead reopens it for review and the reviewer sees what changed since approval.
    const edited = await applyDocumentOperation(editor, {
      documentId: id,
      baseVersion: reopened.version,
      operation: { type: 'editText', segmentId: doc.target[1].id, text: 'The fare is 3,000 won.' },
    });
    expect(edited.beads[1]).toMatchObject({ status: 'edited', changedSinceReview: true });
    const review = await getBeadReview(reviewer, { documentId: id, beadId: doc.beads[1].id });
    expect(review.diff?.target.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', '2'],
      ['added', '3'],
      ['removed', '500'],
      ['added', '000'],
    ]);
    expect((await failure(signOffDocument(reviewer, { documentId: id }))).code).toBe('BEADS_PENDING');
    await reviewBead(reviewer, { documentId: id, beadId: doc.beads[1].id, decision: 'approve', baseVersion: edited.version });
    expect((await signOffDocument(reviewer, { documentId: id })).status).toBe('approved'); // straight from reopened
    const actions = (await documentHistory(reviewer, id)).map((e) => e.action);
    expect(actions.slice(0, 4)).toEqual(['document.sign-off', 'operation.review', 'operation.editText', 'document.reopen']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { beadReviewSchema } from '@/lib/alignment/review-view-schema';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { documentHistory } from '@/lib/server/documents/document-history';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeTeam } from '@/lib/server/testing/factories';
import { approveAll } from './approve-all';
import { getBeadReview } from './get-bead-review';
import { listEditorQueue } from './list-editor-queue';
import { listReviewQueue } from './list-review-queue';
import { approvedBeadsDocument, currentVersion, failure, smallDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { reviewBead } from './review-bead';
import { signOffDocument } from './sign-off-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;

describe('review workflow against PostgreSQL', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('confirm → submit → reject with reason → fix → diff → approve all → sign off, every step in history', async () => {
    const { editor, reviewer } = team;
    const id = await submittedDocument(editor, team.project.id);
    expect((await getDocument(reviewer, { documentId: id })).status).toBe('in_review');
    const queued = (await listReviewQueue(reviewer)).find((d) => d.documentId === id);
    expect(queued).toMatchObject({ status: 'in_review', fourEyesBlocksYou: false, beads: { pending: 3, confirmed: 3, approved: 0 } });

    const doc = await getDocument(reviewer, { documentId: id });
    const bead = doc.beads[1];
    const rejected = await reviewBead(reviewer, {
      documentId: id,
      beadId: bead.id,
      decision: 'reject',
      reason: 'The fare is wrong',
      baseVersion: doc.version,
    });
    expect(rejected.beads[1]).toMatchObject({ status: 'rejected', rejectReason: 'The fare is wrong' });

    const mine = await listEditorQueue(editor);
    expect(mine.rejected.filter((r) => r.documentId === id)).toEqual([
      expect.objectContaining({
        beadId: bead.id,
        reason: 'The fare is wrong',
        rejectedBy: { id: reviewer.id, name: reviewer.name },
        target: 'The fare is 2,500 won.',
      }),
    ]);

    const segmentId = bead.target[0];
    const fixed = await applyDocumentOperation(editor, {
      documentId: id,
      baseVersion: rejected.version,
      operation: { type: 'editText', segmentId, text: 'The fare is 1,500 won.' },
    });
    expect(fixed.beads[1].status).toBe('edited');
    expect((await listEditorQueue(editor)).rejected.some((r) => r.documentId === id)).toBe(false);
    const confirmed = await applyDocumentOperation(editor, {
      documentId: id,
      baseVersion: fixed.version,
      operation: { type: 'confirm', beadIds: [bead.id] },
    });

    const review = await getBeadReview(reviewer, { documentId: id, beadId: bead.id });
    // The editor parses this answer with the shared schema: every field the server sends is declared there.
    expect(beadReviewSchema.strict().parse(JSON.parse(JSON.stringify(review)))).toEqual(review);
    expect(review.changedSinceDecision).toBe(true);
    expect(review.decisions.map((d) => [d.decision, d.reason])).toEqual([['reject', 'The fare is wrong']]);
    expect(review.diff?.target).toEqual([
      { kind: 'same', text: 'The fare is ' },
      { kind: 'removed', text: '2' },
      { kind: 'added', text: '1' },
      { kind: 'same', text: ',500 won.' },
    ]);
    expect(review.diff?.source.every((p) => p.kind === 'same')).toBe(true);

    const all = await approveAll(reviewer, { documentId: id, baseVersion: confirmed.version });
    expect(all.approved).toBe(3);
    expect(all.beads.every((b) => b.status === 'approved')).toBe(true);
    expect(await db.reviewDecision.count({ where: { documentId: id, decision: 'approve' } })).toBe(3); // recorded per bead
    expect((await getBeadReview(reviewer, { documentId: id, beadId: bead.id })).changedSinceDecision).toBe(false);

    const signed = await signOffDocument(reviewer, { documentId: id, reason: 'Ready for the TM' });
    expect(signed).toMatchObject({ status: 'approved', version: all.version + 1 });
    const row = await db.document.findUniqueOrThrow({ where: { id }, select: { signedOffById: true, signedOffAt: true } });
    expect(row.signedOffById).toBe(reviewer.id);
    expect(row.signedOffAt?.toISOString()).toBe(signed.signedOffAt);
    expect((await listReviewQueue(reviewer)).some((d) => d.documentId === id)).toBe(false);

    const history = (await documentHistory(editor, id)).reverse().filter((e) => e.action !== 'document.create');
    expect(history.map((e) => [e.action, e.actor.name])).toEqual([
      ['operation.confirmUpTo', editor.name],
      ['document.submit', editor.name],
      ['operation.review', reviewer.name],
      ['operation.editText', editor.name],
      ['operation.confirm', editor.name],
      ['operation.review', reviewer.name],
      ['document.sign-off', reviewer.name],
    ]);
    expect(history[2].after).toMatchObject({ operation: { event: 'reject', reason: 'The fare is wrong', beadIds: [bead.id] } });
    expect(history[3]).toMatchObject({ before: { text: 'The fare is 2,500 won.' }, after: { text: 'The fare is 1,500 won.' } });
    expect(history[6]).toMatchObject({ before: { status: 'in_review' }, after: { status: 'approved', reason: 'Ready for the TM' } });
    expect((await documentHistory(editor, id, { about: bead.id })).map((e) => e.action)).toContain('operation.review');
  });

  it('a rejection needs a reason, and an approval needs a bead of this document', async () => {
    const id = await submittedDocument(team.editor, team.project.id);
    const other = await submittedDocument(team.editor, team.project.id);
    const doc = await getDocument(team.reviewer, { documentId: id });
    for (const reason of [undefined, '', '   ']) {
      expect(
        (
          await failure(
            reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[0].id, decision: 'reject', reason, baseVersion: doc.version }),
          )
        ).code,
      ).toBe('REASON_REQUIRED');
    }
    const foreign = (await getDocument(team.reviewer, { documentId: other })).beads[0].id;
    expect(
      (await failure(reviewBead(team.reviewer, { documentId: id, beadId: foreign, decision: 'approve', baseVersion: doc.version }))).status,
    ).toBe(404);
    expect((await failure(getBeadReview(team.reviewer, { documentId: id, beadId: foreign }))).status).toBe(404);
    expect((await getDocument(team.reviewer, { documentId: id })).version).toBe(doc.version);
  });

  it('approve-all takes only confirmed beads, refuses a stale version, and is a no-op when nothing is confirmed', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, { documentId: id });
    const one = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: doc.version,
      operation: { type: 'confirm', beadIds: [doc.beads[0].id] },
    });
    expect((await failure(approveAll(team.reviewer, { documentId: id, baseVersion: doc.version }))).code).toBe('VERSION_CONFLICT');
    const result = await approveAll(team.reviewer, { documentId: id, baseVersion: one.version });
    expect(result.approved).toBe(1);
    expect(result.beads.map((b) => b.status)).toEqual(['approved', 'auto', 'auto']);
    const audits = await db.auditEvent.count({ where: { documentId: id } });
    const again = await approveAll(team.reviewer, { documentId: id, baseVersion: result.version });
    expect(again).toMatchObject({ approved: 0, version: result.version });
    expect(await db.auditEvent.count({ where: { documentId: id } })).toBe(audits);
  });

  it('sign-off needs every bead approved or excluded, and a document in review', async () => {
    const draft = await smallDocument(team.editor, team.project.id);
    expect((await failure(signOffDocument(team.reviewer, { documentId: draft }))).code).toBe('INVALID_TRANSITION');
    const id = await submittedDocument(team.editor, team.project.id);
    const doc = await getDocument(team.reviewer, { documentId: id });
    await reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[0].id, decision: 'approve', baseVersion: doc.version });
    const pending = await failure(signOffDocument(team.reviewer, { documentId: id }));
    expect(pending).toMatchObject({ code: 'BEADS_PENDING', message: '2 beads are neither approved nor excluded.' });
    expect(pending.status).toBe(422);
    // Excluding is the editor's way to take a bead out of the count.
    const excluded = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: await currentVersion(team.editor, id),
      operation: { type: 'review', event: 'exclude', beadIds: [doc.beads[2].id] },
    });
    await reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[1].id, decision: 'approve', baseVersion: excluded.version });
    expect((await signOffDocument(team.reviewer, { documentId: id })).status).toBe('approved');
  });

  it('a stale baseVersion on sign-off is a 409 with the current version', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const version = await currentVersion(team.reviewer, id);
    expect(await failure(signOffDocument(team.reviewer, { documentId: id, baseVersion: version - 1 }))).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { currentVersion: version },
    });
    expect((await signOffDocument(team.reviewer, { documentId: id, baseVersion: version })).version).toBe(version + 1);
  });
});

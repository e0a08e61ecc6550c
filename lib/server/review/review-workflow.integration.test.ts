import { beforeAll, describe, expect, it } from 'vitest';
import { createComment } from '@/lib/server/comments/create-comment';
import { replyToComment } from '@/lib/server/comments/reply-to-comment';
import { resolveComment } from '@/lib/server/comments/resolve-comment';
import { db } from '@/lib/server/db';
import { applyDocumentOperation, undoRedo } from '@/lib/server/documents/apply-document-operation';
import { documentHistory } from '@/lib/server/documents/document-history';
import { getDocument } from '@/lib/server/documents/get-document';
import { setMember } from '@/lib/server/projects/manage-projects';
import { makeProject, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { approveAll } from './approve-all';
import { getBeadReview } from './get-bead-review';
import { listEditorQueue } from './list-editor-queue';
import { listReviewQueue } from './list-review-queue';
import { projectDashboard } from './project-dashboard';
import { reopenDocument } from './reopen-document';
import { approvedBeadsDocument, currentVersion, failure, signedOffDocument, smallDocument, submittedDocument } from './review-fixtures';
import { reviewBead } from './review-bead';
import { setLabels } from './set-labels';
import { signOffDocument } from './sign-off-document';
import { submitDocument } from './submit-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;

describe('review workflow against PostgreSQL', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('confirm → submit → reject with reason → fix → diff → approve all → sign off, every step in history', async () => {
    const { editor, reviewer } = team;
    const id = await submittedDocument(editor, team.project.id);
    expect((await getDocument(reviewer, id)).status).toBe('in_review');
    const queued = (await listReviewQueue(reviewer)).find((d) => d.documentId === id);
    expect(queued).toMatchObject({ status: 'in_review', fourEyesBlocksYou: false, beads: { pending: 3, confirmed: 3, approved: 0 } });

    const doc = await getDocument(reviewer, id);
    const bead = doc.beads[1];
    const rejected = await reviewBead(reviewer, { documentId: id, beadId: bead.id, decision: 'reject', reason: 'The fare is wrong', baseVersion: doc.version });
    expect(rejected.beads[1]).toMatchObject({ status: 'rejected', rejectReason: 'The fare is wrong' });

    const mine = await listEditorQueue(editor);
    expect(mine.rejected.filter((r) => r.documentId === id)).toEqual([
      expect.objectContaining({ beadId: bead.id, reason: 'The fare is wrong', rejectedBy: { id: reviewer.id, name: reviewer.name }, target: 'The fare is 2,500 won.' }),
    ]);

    const segmentId = bead.target[0];
    const fixed = await applyDocumentOperation(editor, { documentId: id, baseVersion: rejected.version, operation: { type: 'editText', segmentId, text: 'The fare is 1,500 won.' } });
    expect(fixed.beads[1].status).toBe('edited');
    expect((await listEditorQueue(editor)).rejected.some((r) => r.documentId === id)).toBe(false);
    const confirmed = await applyDocumentOperation(editor, { documentId: id, baseVersion: fixed.version, operation: { type: 'confirm', beadIds: [bead.id] } });

    const review = await getBeadReview(reviewer, { documentId: id, beadId: bead.id });
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
    const doc = await getDocument(team.reviewer, id);
    for (const reason of [undefined, '', '   ']) {
      expect((await failure(reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[0].id, decision: 'reject', reason, baseVersion: doc.version }))).code).toBe('REASON_REQUIRED');
    }
    const foreign = (await getDocument(team.reviewer, other)).beads[0].id;
    expect((await failure(reviewBead(team.reviewer, { documentId: id, beadId: foreign, decision: 'approve', baseVersion: doc.version }))).status).toBe(404);
    expect((await failure(getBeadReview(team.reviewer, { documentId: id, beadId: foreign }))).status).toBe(404);
    expect((await getDocument(team.reviewer, id)).version).toBe(doc.version);
  });

  it('approve-all takes only confirmed beads, refuses a stale version, and is a no-op when nothing is confirmed', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const doc = await getDocument(team.editor, id);
    const one = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: { type: 'confirm', beadIds: [doc.beads[0].id] } });
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
    const doc = await getDocument(team.reviewer, id);
    await reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[0].id, decision: 'approve', baseVersion: doc.version });
    const pending = await failure(signOffDocument(team.reviewer, { documentId: id }));
    expect(pending).toMatchObject({ code: 'BEADS_PENDING', message: '2 beads are neither approved nor excluded.' });
    expect(pending.status).toBe(422);
    // Excluding is the editor's way to take a bead out of the count.
    const excluded = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: await currentVersion(team.editor, id), operation: { type: 'review', event: 'exclude', beadIds: [doc.beads[2].id] } });
    await reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[1].id, decision: 'approve', baseVersion: excluded.version });
    expect((await signOffDocument(team.reviewer, { documentId: id })).status).toBe('approved');
  });

  it('a stale baseVersion on sign-off is a 409 with the current version', async () => {
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const version = await currentVersion(team.reviewer, id);
    expect((await failure(signOffDocument(team.reviewer, { documentId: id, baseVersion: version - 1 })))).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: version } });
    expect((await signOffDocument(team.reviewer, { documentId: id, baseVersion: version })).version).toBe(version + 1);
  });
});

describe('four-eyes', () => {
  it('refuses sign-off by a reviewer who edited the text (reviewersMayEdit); another reviewer may', async () => {
    const team = await makeTeam();
    await db.project.update({ where: { id: team.project.id }, data: { reviewersMayEdit: true } });
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const doc = await getDocument(team.reviewer, id);
    const edited = await applyDocumentOperation(team.reviewer, { documentId: id, baseVersion: doc.version, operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Seoul adds two night buses.' } });
    expect(edited.beads[0]).toMatchObject({ status: 'edited', changedSinceReview: true });
    const again = await reviewBead(team.reviewer, { documentId: id, beadId: doc.beads[0].id, decision: 'approve', baseVersion: edited.version });
    const refused = await failure(signOffDocument(team.reviewer, { documentId: id }));
    expect(refused).toMatchObject({ code: 'FOUR_EYES' });
    expect(refused.status).toBe(403);

    // A second reviewer who did not edit may sign off.
    const second = await makeUser({ name: 'Second reviewer' });
    await setMember(team.owner, team.project.id, { email: second.email, role: 'reviewer' });
    expect((await signOffDocument(second, { documentId: id, baseVersion: again.version })).status).toBe('approved');
  });

  it('an undone edit does not count', async () => {
    const team = await makeTeam();
    await db.project.update({ where: { id: team.project.id }, data: { reviewersMayEdit: true } });
    const id = await approvedBeadsDocument(team.editor, team.reviewer, team.project.id);
    const doc = await getDocument(team.reviewer, id);
    const edited = await applyDocumentOperation(team.reviewer, { documentId: id, baseVersion: doc.version, operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Typo.' } });
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: edited.version, direction: 'undo' });
    expect(undone.beads[0].status).toBe('approved');
    expect((await signOffDocument(team.reviewer, { documentId: id })).status).toBe('approved');
  });

  it('counts work done under an earlier role, and is off when the project turns it off', async () => {
    const team = await makeTeam();
    const formerEditor = await makeUser({ name: 'Former editor' });
    await setMember(team.owner, team.project.id, { email: formerEditor.email, role: 'editor' });
    const id = await submittedDocument(formerEditor, team.project.id); // confirmUpTo: an editing operation
    await approveAll(team.reviewer, { documentId: id, baseVersion: await currentVersion(team.reviewer, id) });
    await setMember(team.owner, team.project.id, { email: formerEditor.email, role: 'reviewer' });
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
    const doc = await getDocument(editor, id);
    const bead = doc.beads[0].id;
    const locked: (() => Promise<unknown>)[] = [
      () => applyDocumentOperation(editor, { documentId: id, baseVersion: doc.version, operation: { type: 'editText', segmentId: doc.target[0].id, text: 'Changed.' } }),
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
    const edited = await applyDocumentOperation(editor, { documentId: id, baseVersion: reopened.version, operation: { type: 'editText', segmentId: doc.target[1].id, text: 'The fare is 3,000 won.' } });
    expect(edited.beads[1]).toMatchObject({ status: 'edited', changedSinceReview: true });
    const review = await getBeadReview(reviewer, { documentId: id, beadId: doc.beads[1].id });
    expect(review.diff?.target.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([['removed', '2'], ['added', '3'], ['removed', '500'], ['added', '000']]);
    expect((await failure(signOffDocument(reviewer, { documentId: id }))).code).toBe('BEADS_PENDING');
    await reviewBead(reviewer, { documentId: id, beadId: doc.beads[1].id, decision: 'approve', baseVersion: edited.version });
    expect((await signOffDocument(reviewer, { documentId: id })).status).toBe('approved'); // straight from reopened
    const actions = (await documentHistory(reviewer, id)).map((e) => e.action);
    expect(actions.slice(0, 4)).toEqual(['document.sign-off', 'operation.review', 'operation.editText', 'document.reopen']);
  });
});

describe('audit events are written in the same transaction as the change', () => {
  // A system administrator whose user row does not exist: access checks pass (admins administer every
  // project), but the audit row's foreign key fails, so the change must roll back with it.
  const ghostAdmin = { id: 'ghost-admin-without-a-user-row', email: 'ghost@test.example', name: 'Ghost', isAdmin: true };
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('a reopen whose audit row fails leaves the document signed off', async () => {
    const id = await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const before = await db.document.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, signedOffById: true } });
    await expect(reopenDocument(ghostAdmin, { documentId: id, reason: 'Testing atomicity' })).rejects.toThrow();
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, signedOffById: true } })).toEqual(before);
  });

  it('a label change or a submit whose audit row fails changes nothing', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, id)).beads[0].id;
    const audits = await db.auditEvent.count({ where: { documentId: id } });
    await expect(setLabels(ghostAdmin, { documentId: id, beadId: bead, labels: ['omission'] })).rejects.toThrow();
    expect((await db.bead.findUniqueOrThrow({ where: { id: bead }, select: { labels: true } })).labels).toEqual([]);
    await expect(submitDocument(ghostAdmin, { documentId: id })).rejects.toThrow();
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: 'draft', version: 1 });
    expect(await db.auditEvent.count({ where: { documentId: id } })).toBe(audits);
  });

  it('each successful change writes exactly one audit event with before and after', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, id)).beads[0].id;
    await submitDocument(team.editor, { documentId: id });
    await setLabels(team.reviewer, { documentId: id, beadId: bead, labels: ['Exclude-from-TM', 'style', 'style'] });
    await setLabels(team.reviewer, { documentId: id, beadId: bead, labels: ['style', 'exclude-from-tm'] }); // same set: no event
    const comment = await createComment(team.reviewer, { documentId: id, beadId: bead, body: 'Rewrite, not translation.' });
    await replyToComment(team.editor, { documentId: id, commentId: comment.id, body: 'Agreed.' });
    await resolveComment(team.editor, { documentId: id, commentId: comment.id, resolved: true });
    const events = await db.auditEvent.findMany({ where: { documentId: id, action: { not: 'document.create' } }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true, target: true, before: true, after: true } });
    expect(events.map((e) => e.action)).toEqual(['document.submit', 'bead.labels', 'comment.create', 'comment.reply', 'comment.resolve']);
    expect(events[1]).toMatchObject({ actorId: team.reviewer.id, target: bead, before: { labels: [] }, after: { labels: ['style', 'exclude-from-tm'] } });
    const view = await getDocument(team.editor, id);
    expect(view.beads[0].labels).toEqual(['style', 'exclude-from-tm']);
    expect(view.version).toBe(2); // submit bumps the version; labels and comments do not
  });

  it('refuses unknown labels', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, id)).beads[0].id;
    await expect(setLabels(team.editor, { documentId: id, beadId: bead, labels: ['urgent'] })).rejects.toThrow(/Labels are omission/);
  });
});

describe('queues and dashboard', () => {
  it('shows reviewers what waits, oldest first, and only in their projects', async () => {
    const team = await makeTeam();
    const first = await submittedDocument(team.editor, team.project.id);
    const second = await submittedDocument(team.editor, team.project.id);
    await smallDocument(team.editor, team.project.id); // a draft does not wait for review
    const queue = (await listReviewQueue(team.reviewer)).filter((d) => d.project.id === team.project.id);
    expect(queue.map((d) => d.documentId)).toEqual([first, second]);
    expect(queue[0].waitingSince <= queue[1].waitingSince).toBe(true);
    for (const user of [team.editor, team.viewer]) {
      expect((await listReviewQueue(user)).some((d) => d.project.id === team.project.id)).toBe(false);
    }
    const outsider = await makeUser();
    await makeProject(outsider, {}, 'Elsewhere');
    expect((await listReviewQueue(outsider)).some((d) => d.project.id === team.project.id)).toBe(false);
    expect((await listEditorQueue(outsider)).rejected).toEqual([]);
  });

  it('counts documents by status, beads by outcome and today’s throughput', async () => {
    const team = await makeTeam();
    await smallDocument(team.editor, team.project.id);
    const rejectedDoc = await submittedDocument(team.editor, team.project.id);
    const doc = await getDocument(team.reviewer, rejectedDoc);
    await reviewBead(team.reviewer, { documentId: rejectedDoc, beadId: doc.beads[0].id, decision: 'reject', reason: 'Omission', baseVersion: doc.version });
    await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const dashboard = await projectDashboard(team.viewer, { projectId: team.project.id, days: 7 });
    expect(dashboard.documents).toEqual({ draft: 1, in_review: 1, approved: 1, reopened: 0, total: 3 });
    expect(dashboard.beads).toEqual({ approved: 3, rejected: 1, excluded: 0, pending: 5, total: 9 });
    expect(dashboard.days).toHaveLength(7);
    expect(dashboard.days[6]).toEqual({ day: new Date().toISOString().slice(0, 10), approved: 3, rejected: 1, signedOff: 1 });
    expect(dashboard.days.slice(0, 6).every((d) => d.approved + d.rejected + d.signedOff === 0)).toBe(true);
  });
});

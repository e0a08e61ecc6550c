import { beforeAll, describe, expect, it } from 'vitest';
import { createComment } from '@/lib/server/comments/create-comment';
import { replyToComment } from '@/lib/server/comments/reply-to-comment';
import { resolveComment } from '@/lib/server/comments/resolve-comment';
import { db } from '@/lib/server/db';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeProject, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { listEditorQueue } from './list-editor-queue';
import { listReviewQueue } from './list-review-queue';
import { projectDashboard } from './project-dashboard';
import { reopenDocument } from './reopen-document';
import { signedOffDocument, smallDocument, submittedDocument } from '@/lib/server/testing/review-fixtures';
import { reviewBead } from './review-bead';
import { setLabels } from './set-labels';
import { submitDocument } from './submit-document';

type Team = Awaited<ReturnType<typeof makeTeam>>;

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
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, signedOffById: true } })).toEqual(
      before,
    );
  });

  it('a label change or a submit whose audit row fails changes nothing', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, { documentId: id })).beads[0].id;
    const audits = await db.auditEvent.count({ where: { documentId: id } });
    await expect(setLabels(ghostAdmin, { documentId: id, beadId: bead, labels: ['omission'] })).rejects.toThrow();
    expect((await db.bead.findUniqueOrThrow({ where: { id: bead }, select: { labels: true } })).labels).toEqual([]);
    await expect(submitDocument(ghostAdmin, { documentId: id })).rejects.toThrow();
    expect(await db.document.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({
      status: 'draft',
      version: 1,
    });
    expect(await db.auditEvent.count({ where: { documentId: id } })).toBe(audits);
  });

  it('each successful change writes exactly one audit event with before and after', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, { documentId: id })).beads[0].id;
    await submitDocument(team.editor, { documentId: id });
    await setLabels(team.reviewer, { documentId: id, beadId: bead, labels: ['Exclude-from-TM', 'style', 'style'] });
    await setLabels(team.reviewer, { documentId: id, beadId: bead, labels: ['style', 'exclude-from-tm'] }); // same set: no event
    const comment = await createComment(team.reviewer, { documentId: id, beadId: bead, body: 'Rewrite, not translation.' });
    await replyToComment(team.editor, { documentId: id, commentId: comment.id, body: 'Agreed.' });
    await resolveComment(team.editor, { documentId: id, commentId: comment.id, resolved: true });
    const events = await db.auditEvent.findMany({
      where: { documentId: id, action: { not: 'document.create' } },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true, target: true, before: true, after: true },
    });
    expect(events.map((e) => e.action)).toEqual(['document.submit', 'bead.labels', 'comment.create', 'comment.reply', 'comment.resolve']);
    expect(events[1]).toMatchObject({
      actorId: team.reviewer.id,
      target: bead,
      before: { labels: [] },
      after: { labels: ['style', 'exclude-from-tm'] },
    });
    const view = await getDocument(team.editor, { documentId: id });
    expect(view.beads[0].labels).toEqual(['style', 'exclude-from-tm']);
    expect(view.version).toBe(2); // submit bumps the version; labels and comments do not
  });

  it('refuses unknown labels', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, { documentId: id })).beads[0].id;
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
    const doc = await getDocument(team.reviewer, { documentId: rejectedDoc });
    await reviewBead(team.reviewer, {
      documentId: rejectedDoc,
      beadId: doc.beads[0].id,
      decision: 'reject',
      reason: 'Omission',
      baseVersion: doc.version,
    });
    await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const dashboard = await projectDashboard(team.viewer, { projectId: team.project.id, days: 7 });
    expect(dashboard.documents).toEqual({ draft: 1, in_review: 1, approved: 1, reopened: 0, total: 3 });
    expect(dashboard.beads).toEqual({ approved: 3, rejected: 1, excluded: 0, pending: 5, total: 9 });
    expect(dashboard.days).toHaveLength(7);
    expect(dashboard.days[6]).toEqual({ day: new Date().toISOString().slice(0, 10), approved: 3, rejected: 1, signedOff: 1 });
    expect(dashboard.days.slice(0, 6).every((d) => d.approved + d.rejected + d.signedOff === 0)).toBe(true);
  });
});

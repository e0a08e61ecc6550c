import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { createComment } from '@/lib/server/comments/create-comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { replyToComment } from '@/lib/server/comments/reply-to-comment';
import { resolveComment } from '@/lib/server/comments/resolve-comment';
import { db } from '@/lib/server/db';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { documentHistory } from '@/lib/server/documents/document-history';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeTeam, makeUser } from '@/lib/server/testing/factories';
import { approveAll } from './approve-all';
import { getBeadReview } from './get-bead-review';
import { projectDashboard } from './project-dashboard';
import { reopenDocument } from './reopen-document';
import { failure, signedOffDocument, smallDocument, submittedDocument, approvedBeadsDocument } from '@/lib/server/testing/review-fixtures';
import { reviewBead } from './review-bead';
import { setLabels } from './set-labels';
import { signOffDocument } from './sign-off-document';
import { submitDocument } from './submit-document';

// Issue 5's permission matrix: every role (and a signed-in outsider) × every review, comment, label and sign-off
// action, through the use-case functions the API routes and pages call. Each cell starts from a fresh document
// in a state where the action would succeed, so a refusal can only come from the permission check. Written out
// by hand: a change to lib/permissions.ts that affects these must change this grid.

const ACTORS = ['admin', 'editor', 'reviewer', 'viewer', 'outsider'] as const;
type Actor = (typeof ACTORS)[number];

const GRID = `
  action           admin  editor  reviewer  viewer  outsider
  confirm          ok     ok      403       403     404
  edit-text        ok     ok      403       403     404
  submit           ok     ok      403       403     404
  approve          ok     403     ok        403     404
  reject           ok     403     ok        403     404
  approve-all      ok     403     ok        403     404
  sign-off         403    403     ok        403     404
  reopen           ok     403     ok        403     404
  set-labels       ok     ok      ok        403     404
  comment          ok     ok      ok        403     404
  reply            ok     ok      ok        403     404
  resolve          ok     ok      ok        403     404
  reopen-comment   ok     ok      ok        403     404
  list-comments    ok     ok      ok        ok      404
  bead-review      ok     ok      ok        ok      404
  history          ok     ok      ok        ok      404
  dashboard        ok     ok      ok        ok      404`;

type Team = Awaited<ReturnType<typeof makeTeam>> & { outsider: SessionUser };
interface Fixture {
  documentId: string;
  beadId: string;
  commentId: string | null;
  version: number;
}
type Run = (user: SessionUser, f: Fixture, team: Team) => Promise<unknown>;

async function fixture(team: Team, documentId: string, comment?: 'open' | 'resolved'): Promise<Fixture> {
  const doc = await getDocument(team.editor, { documentId });
  let commentId: string | null = null;
  if (comment) {
    commentId = (await createComment(team.editor, { documentId, beadId: doc.beads[0].id, body: 'Is this the right pair?' })).id;
    if (comment === 'resolved') await resolveComment(team.editor, { documentId, commentId, resolved: true });
  }
  return { documentId, beadId: doc.beads[0].id, commentId, version: doc.version };
}

const draft = (team: Team) => smallDocument(team.editor, team.project.id);
const submitted = (team: Team) => submittedDocument(team.editor, team.project.id);

const ACTIONS: Record<string, { setup: (team: Team) => Promise<Fixture>; run: Run }> = {
  confirm: {
    setup: async (team) => fixture(team, await draft(team)),
    run: (user, f) =>
      applyDocumentOperation(user, {
        documentId: f.documentId,
        baseVersion: f.version,
        operation: { type: 'confirm', beadIds: [f.beadId] },
      }),
  },
  'edit-text': {
    setup: async (team) => fixture(team, await draft(team)),
    run: async (user, f, team) => {
      const segmentId = (await getDocument(team.editor, { documentId: f.documentId })).target[0].id;
      return applyDocumentOperation(user, {
        documentId: f.documentId,
        baseVersion: f.version,
        operation: { type: 'editText', segmentId, text: 'Seoul adds more night buses.' },
      });
    },
  },
  submit: { setup: async (team) => fixture(team, await draft(team)), run: (user, f) => submitDocument(user, { documentId: f.documentId }) },
  approve: {
    setup: async (team) => fixture(team, await submitted(team)),
    run: (user, f) => reviewBead(user, { documentId: f.documentId, beadId: f.beadId, decision: 'approve', baseVersion: f.version }),
  },
  reject: {
    setup: async (team) => fixture(team, await submitted(team)),
    run: (user, f) =>
      reviewBead(user, { documentId: f.documentId, beadId: f.beadId, decision: 'reject', reason: 'Wrong pair', baseVersion: f.version }),
  },
  'approve-all': {
    setup: async (team) => fixture(team, await submitted(team)),
    run: (user, f) => approveAll(user, { documentId: f.documentId, baseVersion: f.version }),
  },
  'sign-off': {
    setup: async (team) => fixture(team, await approvedBeadsDocument(team.editor, team.admin, team.project.id)),
    run: (user, f) => signOffDocument(user, { documentId: f.documentId }),
  },
  reopen: {
    setup: async (team) => fixture(team, await signedOffDocument(team.editor, team.reviewer, team.project.id)),
    run: (user, f) => reopenDocument(user, { documentId: f.documentId, reason: 'Correction published' }),
  },
  'set-labels': {
    setup: async (team) => fixture(team, await draft(team)),
    run: (user, f) => setLabels(user, { documentId: f.documentId, beadId: f.beadId, labels: ['style'] }),
  },
  comment: {
    setup: async (team) => fixture(team, await draft(team)),
    run: (user, f) => createComment(user, { documentId: f.documentId, beadId: f.beadId, body: 'Check the fare.' }),
  },
  reply: {
    setup: async (team) => fixture(team, await draft(team), 'open'),
    run: (user, f) => replyToComment(user, { documentId: f.documentId, commentId: f.commentId!, body: 'Yes.' }),
  },
  resolve: {
    setup: async (team) => fixture(team, await draft(team), 'open'),
    run: (user, f) => resolveComment(user, { documentId: f.documentId, commentId: f.commentId!, resolved: true }),
  },
  'reopen-comment': {
    setup: async (team) => fixture(team, await draft(team), 'resolved'),
    run: (user, f) => resolveComment(user, { documentId: f.documentId, commentId: f.commentId!, resolved: false }),
  },
  'list-comments': {
    setup: async (team) => fixture(team, await draft(team), 'open'),
    run: (user, f) => listComments(user, { documentId: f.documentId }),
  },
  'bead-review': {
    setup: async (team) => fixture(team, await draft(team)),
    run: (user, f) => getBeadReview(user, { documentId: f.documentId, beadId: f.beadId }),
  },
  history: { setup: async (team) => fixture(team, await draft(team)), run: (user, f) => documentHistory(user, f.documentId) },
  dashboard: {
    setup: async (team) => fixture(team, await draft(team)),
    run: (user, _f, team) => projectDashboard(user, { projectId: team.project.id }),
  },
};

const cells = GRID.trim()
  .split('\n')
  .slice(1)
  .flatMap((line) => {
    const [action, ...expected] = line.trim().split(/\s+/);
    return ACTORS.map((actor, i) => ({ action, actor, expected: expected[i] }));
  });

async function footprint(documentId: string) {
  const [document, beads, audits, comments, decisions] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, version: true } }),
    db.bead.findMany({ where: { documentId }, orderBy: { position: 'asc' }, select: { id: true, status: true, labels: true } }),
    db.auditEvent.count({ where: { documentId } }),
    db.annotation.findMany({ where: { documentId }, select: { id: true, resolved: true } }),
    db.reviewDecision.count({ where: { documentId } }),
  ]);
  return { document, beads, audits, comments, decisions };
}

describe('permission matrix: role × review action', () => {
  let team: Team;
  beforeAll(async () => {
    team = { ...(await makeTeam()), outsider: await makeUser({ name: 'Outsider' }) };
  });

  it('covers every action and actor', () => {
    expect(new Set(cells.map((c) => c.action))).toEqual(new Set(Object.keys(ACTIONS)));
    expect(cells).toHaveLength(Object.keys(ACTIONS).length * ACTORS.length);
  });

  it.each(cells)('$actor → $action: $expected', async ({ action, actor, expected }) => {
    const { setup, run } = ACTIONS[action];
    const f = await setup(team);
    const user = team[actor as Actor];
    if (expected === 'ok') {
      await expect(run(user, f, team)).resolves.toBeDefined();
      return;
    }
    const before = await footprint(f.documentId);
    const error = await failure(run(user, f, team));
    expect(error.status).toBe(Number(expected));
    expect(await footprint(f.documentId)).toEqual(before); // a refusal changes nothing and writes no audit event
  });
});

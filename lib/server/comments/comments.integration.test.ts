import { beforeAll, describe, expect, it } from 'vitest';
import { commentThreadSchema, commentThreadsAnswerSchema } from '@/lib/comments/comment-view-schema';
import { db } from '@/lib/server/db';
import { documentHistory } from '@/lib/server/documents/document-history';
import { getDocument } from '@/lib/server/testing/get-document';
import { removeMember } from '@/lib/server/projects/manage-projects';
import { listEditorQueue } from '@/lib/server/review/list-editor-queue';
import { failure, smallDocument } from '@/lib/server/testing/review-fixtures';
import { addMember, makeTeam, makeUser } from '@/lib/server/testing/factories';
import { createComment } from './create-comment';
import { listComments } from './list-comments';
import { replyToComment } from './reply-to-comment';
import { resolveComment } from './resolve-comment';

type Team = Awaited<ReturnType<typeof makeTeam>>;

const handle = (user: { email: string }) => `@${user.email.split('@')[0]}`;

describe('comments against PostgreSQL', () => {
  let team: Team;
  let documentId: string;
  let doc: Awaited<ReturnType<typeof getDocument>>;
  beforeAll(async () => {
    team = await makeTeam();
    documentId = await smallDocument(team.editor, team.project.id);
    doc = await getDocument(team.editor, { documentId });
  });

  it('threads on a bead with @mentions of members, replies one level deep, resolve and reopen', async () => {
    const stranger = await makeUser();
    const root = await createComment(team.reviewer, {
      documentId,
      beadId: doc.beads[1].id,
      body: `${handle(team.editor)} the fare looks off. cc ${handle(stranger)}`,
    });
    expect(root).toMatchObject({
      threadId: root.id,
      parentId: null,
      beadId: doc.beads[1].id,
      segmentId: null,
      resolved: false,
      author: { id: team.reviewer.id },
    });
    expect(root.mentions).toEqual([{ id: team.editor.id, name: team.editor.name }]);
    expect(root.unknownMentions).toEqual([stranger.email.split('@')[0]]); // not a member: not notified

    const reply = await replyToComment(team.editor, {
      documentId,
      commentId: root.id,
      body: `Fixed, ${team.reviewer.email} — please look again @${team.reviewer.email}`,
    });
    const nested = await replyToComment(team.reviewer, { documentId, commentId: reply.id, body: 'Thanks.' });
    expect(reply).toMatchObject({ parentId: root.id, threadId: root.id, beadId: doc.beads[1].id, mentions: [{ id: team.reviewer.id }] });
    expect(nested.parentId).toBe(root.id); // a reply to a reply answers the thread

    expect((await getDocument(team.editor, { documentId })).beads[1].comments).toBe(1); // open threads per bead
    const mentions = (await listEditorQueue(team.editor)).mentions.filter((m) => m.documentId === documentId);
    expect(mentions).toEqual([
      expect.objectContaining({
        commentId: root.id,
        threadId: root.id,
        beadId: doc.beads[1].id,
        author: { id: team.reviewer.id, name: team.reviewer.name },
      }),
    ]);
    expect((await listEditorQueue(team.reviewer)).mentions.filter((m) => m.documentId === documentId).map((m) => m.commentId)).toEqual([
      reply.id,
    ]);

    expect(await resolveComment(team.editor, { documentId, commentId: nested.id, resolved: true })).toEqual({
      threadId: root.id,
      resolved: true,
    });
    expect((await getDocument(team.editor, { documentId })).beads[1].comments).toBe(0);
    expect((await listEditorQueue(team.editor)).mentions.some((m) => m.documentId === documentId)).toBe(false);
    expect((await listEditorQueue(team.reviewer)).mentions.some((m) => m.documentId === documentId)).toBe(false);
    expect((await listComments(team.viewer, { documentId, unresolvedOnly: true })).some((t) => t.id === root.id)).toBe(false);

    const threads = await listComments(team.viewer, { documentId, beadId: doc.beads[1].id });
    expect(threads).toHaveLength(1);
    // The editor parses this answer with the shared schema: every field the server sends is declared there.
    expect(commentThreadsAnswerSchema.parse({ threads: JSON.parse(JSON.stringify(threads)) })).toEqual({ threads });
    expect(commentThreadSchema.strict().parse(JSON.parse(JSON.stringify(threads[0])))).toEqual(threads[0]);
    expect(threads[0]).toMatchObject({ id: root.id, resolved: true, replies: [{ id: reply.id, resolved: true }, { id: nested.id }] });

    const audits = await db.auditEvent.count({ where: { documentId } });
    expect(await resolveComment(team.editor, { documentId, commentId: root.id, resolved: true })).toEqual({
      threadId: root.id,
      resolved: true,
    });
    expect(await db.auditEvent.count({ where: { documentId } })).toBe(audits); // no change, no event
    await resolveComment(team.reviewer, { documentId, commentId: root.id, resolved: false });
    expect((await listComments(team.editor, { documentId, unresolvedOnly: true })).map((t) => t.id)).toContain(root.id);

    const history = await documentHistory(team.editor, documentId, { about: doc.beads[1].id });
    expect(history.map((e) => e.action).reverse()).toEqual([
      'comment.create',
      'comment.reply',
      'comment.reply',
      'comment.resolve',
      'comment.reopen',
    ]);
  });

  it('comments on a span of a segment, attached to the bead that holds it', async () => {
    const segment = doc.target[2];
    const comment = await createComment(team.editor, { documentId, segmentId: segment.id, spanStart: 10, spanEnd: 12, body: 'Plural?' });
    expect(comment).toMatchObject({ segmentId: segment.id, beadId: doc.beads[2].id, spanStart: 10, spanEnd: 12 });
    const [thread] = await listComments(team.editor, { documentId, beadId: doc.beads[2].id });
    expect(thread.quote).toBe(segment.text.slice(10, 12));
  });

  it('refuses bad anchors: out-of-range spans, another document’s ids, a segment outside the named bead', async () => {
    const other = await getDocument(team.editor, { documentId: await smallDocument(team.editor, team.project.id) });
    const segment = doc.target[0];
    const attempts: [Parameters<typeof createComment>[1], number][] = [
      [{ documentId, segmentId: segment.id, spanStart: 0, spanEnd: segment.text.length + 1, body: 'x' }, 400],
      [{ documentId, segmentId: segment.id, spanStart: 3, spanEnd: 3, body: 'x' }, 400],
      [{ documentId, beadId: other.beads[0].id, body: 'x' }, 404],
      [{ documentId, segmentId: other.target[0].id, body: 'x' }, 404],
      [{ documentId, segmentId: segment.id, beadId: doc.beads[1].id, body: 'x' }, 400],
    ];
    const before = await db.annotation.count({ where: { documentId } });
    for (const [input, status] of attempts) expect((await failure(createComment(team.editor, input))).status).toBe(status);
    await expect(createComment(team.editor, { documentId, body: 'Nowhere' })).rejects.toThrow(/beadId/);
    await expect(createComment(team.editor, { documentId, beadId: doc.beads[0].id, body: '   ' })).rejects.toThrow(/Write a comment/);
    const otherComment = await createComment(team.editor, { documentId: other.id, beadId: other.beads[0].id, body: 'Elsewhere' });
    expect((await failure(replyToComment(team.editor, { documentId, commentId: otherComment.id, body: 'x' }))).status).toBe(404);
    expect((await failure(resolveComment(team.editor, { documentId, commentId: otherComment.id, resolved: true }))).status).toBe(404);
    expect(await db.annotation.count({ where: { documentId } })).toBe(before);
  });

  it('mentions stop reaching a person removed from the project', async () => {
    const id = await smallDocument(team.editor, team.project.id);
    const bead = (await getDocument(team.editor, { documentId: id })).beads[0].id;
    const temp = await makeUser();
    await addMember(team.owner, team.project.id, temp, 'editor');
    await createComment(team.reviewer, { documentId: id, beadId: bead, body: `${handle(temp)} please check` });
    expect((await listEditorQueue(temp)).mentions.map((m) => m.documentId)).toEqual([id]);
    await removeMember(team.owner, { projectId: team.project.id, userId: temp.id });
    expect((await listEditorQueue(temp)).mentions).toEqual([]);
  });
});

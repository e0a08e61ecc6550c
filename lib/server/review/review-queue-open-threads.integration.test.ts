import { beforeAll, describe, expect, it } from 'vitest';
import { createComment } from '@/lib/server/comments/create-comment';
import { replyToComment } from '@/lib/server/comments/reply-to-comment';
import { resolveComment } from '@/lib/server/comments/resolve-comment';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeTeam } from '@/lib/server/testing/factories';
import { listReviewQueue } from './list-review-queue';
import { submittedDocument } from '@/lib/server/testing/review-fixtures';

// Issue 12 item 9: the review queue's sign-off dialog warns about open comment threads, so the queue counts them
// per document the way the editor does (unresolved threads on beads; replies and resolved threads do not count).
describe('the review queue counts open comment threads per document', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('counts unresolved threads, not replies or resolved ones, and nothing from other documents', async () => {
    const id = await submittedDocument(team.editor, team.project.id);
    const quiet = await submittedDocument(team.editor, team.project.id);
    const [first, second] = (await getDocument(team.editor, { documentId: id })).beads;
    const open = await createComment(team.reviewer, { documentId: id, beadId: first.id, body: 'Is this the headline?' });
    await replyToComment(team.editor, { documentId: id, commentId: open.id, body: 'Yes.' });
    await createComment(team.reviewer, { documentId: id, beadId: second.id, body: 'Check the number.' });
    const done = await createComment(team.reviewer, { documentId: id, beadId: second.id, body: 'Typo fixed?' });
    await resolveComment(team.editor, { documentId: id, commentId: done.id, resolved: true });

    const queue = await listReviewQueue(team.reviewer);
    expect(queue.find((d) => d.documentId === id)?.openThreads).toBe(2);
    expect(queue.find((d) => d.documentId === quiet)?.openThreads).toBe(0);
    // The same figure the editor sums from its beads.
    const editor = await getDocument(team.reviewer, { documentId: id });
    expect(editor.beads.reduce((n, b) => n + b.comments, 0)).toBe(2);
  });
});

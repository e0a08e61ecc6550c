import { describe, expect, it } from 'vitest';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { makeProject, makeTeam } from '@/lib/server/testing/factories';
import { documentHistoryView } from './document-history-view';
import { reopenDocument } from './reopen-document';
import { failure, signedOffDocument } from '@/lib/server/testing/review-fixtures';
import { setLabels } from './set-labels';

describe('the history page’s view', () => {
  it('shows the sign-off, and a bead’s history includes the text edits of its segments', async () => {
    const team = await makeTeam();
    const id = await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const view = await documentHistoryView(team.viewer, { projectId: team.project.id, documentId: id });
    expect(view.document).toMatchObject({ status: 'approved', signedOffBy: team.reviewer.name });
    expect(view.canReopen).toBe(false); // a viewer
    expect((await documentHistoryView(team.reviewer, { projectId: team.project.id, documentId: id })).canReopen).toBe(true);

    const reopened = await reopenDocument(team.reviewer, { documentId: id, reason: 'Typo in the fare' });
    const doc = await getDocument(team.editor, { documentId: id });
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: reopened.version,
      operation: { type: 'editText', segmentId: doc.target[1].id, text: 'The fare is 2,600 won.' },
    });
    await setLabels(team.editor, { documentId: id, beadId: doc.beads[2].id, labels: ['style'] });
    const bead = await documentHistoryView(team.viewer, { projectId: team.project.id, documentId: id, beadId: doc.beads[1].id });
    expect(bead.bead).toEqual({ id: doc.beads[1].id, position: 1 });
    expect(bead.events.map((e) => e.action)).toContain('operation.editText');
    expect(bead.events.map((e) => e.action)).not.toContain('bead.labels'); // another bead's
    // Label events store the bead's id; the view gives its current number, so the row can name it.
    const whole = await documentHistoryView(team.viewer, { projectId: team.project.id, documentId: id });
    expect(whole.beadNumbers).toEqual({ [doc.beads[2].id]: 3 });
  });

  it('is a 404 under another project or for another document’s bead', async () => {
    const team = await makeTeam();
    const id = await signedOffDocument(team.editor, team.reviewer, team.project.id);
    const elsewhere = await makeProject(team.editor, {}, 'Elsewhere');
    expect((await failure(documentHistoryView(team.editor, { projectId: elsewhere.id, documentId: id }))).status).toBe(404);
    expect((await failure(documentHistoryView(team.editor, { projectId: team.project.id, documentId: id, beadId: 'nope' }))).status).toBe(
      404,
    );
  });
});

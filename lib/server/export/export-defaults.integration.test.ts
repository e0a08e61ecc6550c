import { beforeAll, describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import { readTmx } from '@/lib/formats/tmx-reader';
import { createComment } from '@/lib/server/comments/create-comment';
import { applyDocumentOperation } from '@/lib/server/documents/apply-document-operation';
import { getDocument } from '@/lib/server/testing/get-document';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { projectDashboard } from '@/lib/server/review/project-dashboard';
import { approveAll } from '@/lib/server/review/approve-all';
import { signOffDocument } from '@/lib/server/review/sign-off-document';
import { submitDocument } from '@/lib/server/review/submit-document';
import { makeTeam } from '@/lib/server/testing/factories';
import { createDocument } from '@/lib/server/documents/create-document';
import { exportDocument, exportQuerySchema } from './export-documents';

// Issue 12: exports leave internal discussion out unless asked, and progress has one definition (decision 023):
// a signed-off document with excluded beads is at 100% on the project page, the dashboard and the API alike.

const KO = ['서울시가 심야 버스를 늘린다.', '요금은 2,500원이다.', '사고는 없었다.', '시장은 만족했다.'].join('\n\n');
const EN = ['Seoul adds night buses.', 'The fare is 2,500 won.', 'There were no accidents.', 'The mayor was pleased.'].join('\n\n');

describe('export defaults and the one progress definition', () => {
  let team: Awaited<ReturnType<typeof makeTeam>>;
  let documentId: string;

  beforeAll(async () => {
    team = await makeTeam();
    documentId = (await createDocument(team.editor, { projectId: team.project.id, title: 'Defaults', sourceText: KO, targetText: EN })).id;
    const doc = await getDocument(team.editor, { documentId });
    expect(doc.beads.map((b) => `${b.source.length}:${b.target.length}`)).toEqual(['1:1', '1:1', '1:1', '1:1']);
    const [first, , , last] = doc.beads;
    // One bead excluded, the rest confirmed, approved and signed off; a comment with an @mention on the first.
    const { version } = await applyDocumentOperation(team.editor, {
      documentId,
      baseVersion: doc.version,
      operation: { type: 'review', event: 'exclude', beadIds: [last.id] },
    });
    await applyDocumentOperation(team.editor, {
      documentId,
      baseVersion: version,
      operation: { type: 'confirm', beadIds: doc.beads.slice(0, 3).map((b) => b.id) },
    });
    await createComment(team.reviewer, {
      documentId,
      beadId: first.id,
      body: `Internal: check the fare with @${team.editor.email.split('@')[0]}`,
    });
    await submitDocument(team.editor, { documentId });
    await approveAll(team.reviewer, { documentId, baseVersion: (await getDocument(team.editor, { documentId })).version });
    await signOffDocument(team.reviewer, { documentId });
  });

  it('leaves reviewer comments and mentions out of the TMX by default', async () => {
    const tmx = await collectChunks((await exportDocument(team.viewer, { documentId, query: exportQuerySchema.parse({}) })).chunks);
    const read = await readTmx(tmx);
    expect(read.units).toHaveLength(3);
    expect(tmx).not.toContain('<note');
    expect(tmx).not.toContain('Internal: check the fare');
  });

  it('includes them when the export asks with includeComments=1', async () => {
    const tmx = await collectChunks(
      (await exportDocument(team.viewer, { documentId, query: exportQuerySchema.parse({ includeComments: '1' }) })).chunks,
    );
    expect(tmx).toContain('<note>');
    expect(tmx).toContain('Internal: check the fare');
  });

  it.each(['yes', '2', '', '1; DROP TABLE', '<note>'])('refuses includeComments=%j instead of guessing', (value) => {
    expect(exportQuerySchema.safeParse({ includeComments: value }).success).toBe(false);
  });

  it('says 100% for the signed-off document with an excluded bead on the project page and the dashboard', async () => {
    const listed = (await listDocuments(team.viewer, { projectId: team.project.id })).find((d) => d.id === documentId)!;
    expect(listed.status).toBe('approved');
    expect(listed.review).toMatchObject({ beads: 4, excluded: 1, counted: 3, done: 3, percent: 100 });
    expect(listed.progress).toBe(1);
    const dashboard = await projectDashboard(team.viewer, { projectId: team.project.id });
    expect(dashboard.progress).toEqual(listed.review);
  });
});

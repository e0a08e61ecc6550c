import { beforeAll, describe, expect, it } from 'vitest';
import { compactDocumentSchema, packDocument, unpackDocument } from '@/lib/alignment/compact-document';
import { applyDelta, operationDeltaAnswerSchema } from '@/lib/alignment/document-delta';
import { alignmentStateSchema, documentViewSchema } from '@/lib/alignment/document-view-schema';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { editorDocumentSchema } from '@/app/projects/[projectId]/documents/[documentId]/_components/sync/editor-document';
import { splicedJsonText } from '@/lib/server/http/spliced-json';
import { getDocument } from '@/lib/server/testing/get-document';
import { applyDocumentOperation } from './apply-document-operation';
import { getFullDocumentJson } from './get-document-answer';

// Issue 16 item 2: the editor parses the server's answers with the schema the server's values are checked
// against. The editor's own copy had drifted and dropped `permissions.export` and `project.fourEyes`.

type Team = Awaited<ReturnType<typeof makeTeam>>;

/** What the browser receives: the value as JSON. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the document answers and the editor share one schema', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('parses the document view in the editor without losing what the server sends', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    // The answer as sent, not through getDocument (which parses with this schema already).
    const { head, tail } = await getFullDocumentJson(team.editor, { documentId: id });
    const sent = JSON.parse(splicedJsonText(head, tail)) as { beads: { qa: unknown }[] };
    expect(editorDocumentSchema).toBe(documentViewSchema);
    const parsed = editorDocumentSchema.parse(sent);
    expect(parsed.permissions.export).toBe(true);
    expect(parsed.project.fourEyes).toBe(true);
    // Everything but the QA findings, which the editor computes itself.
    expect(parsed.beads).toEqual(sent.beads.map(({ qa: _qa, ...bead }) => bead));
  });

  it('the editor page packs the view compactly and the browser unpacks exactly what the API answers', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const beadId = (await getDocument(team.editor, { documentId: id })).beads[0].id;
    await applyDocumentOperation(team.editor, { documentId: id, baseVersion: 1, operation: { type: 'confirm', beadIds: [beadId] } });
    const view = await getDocument(team.editor, { documentId: id });
    // As page.tsx does: pack, check against the schema (which drops what the editor does not read), send as a string.
    const packed = JSON.stringify(compactDocumentSchema.parse(packDocument(view)));
    const unpacked = unpackDocument(compactDocumentSchema.parse(JSON.parse(packed)));
    expect(unpacked).toStrictEqual(documentViewSchema.parse(overTheWire(view)));
    expect(unpacked.canUndo).toBe(true);
    expect(Buffer.byteLength(packed)).toBeLessThan(Buffer.byteLength(JSON.stringify(view)));
  });

  it('parses an operation answer in delta form, and the editor applying it holds what the document now is', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const view = await getDocument(team.editor, { documentId: id });
    const answer = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: view.version,
      operation: { type: 'merge', beadId: view.beads[0].id },
      answer: 'delta',
    });
    const parsed = operationDeltaAnswerSchema.parse(overTheWire(answer));
    expect(parsed).toMatchObject({ version: view.version + 1, canUndo: true, canRedo: false });
    expect(parsed.changes).toHaveLength(1);
    const [change] = parsed.changes ?? [];
    const applied = 'status' in change ? null : applyDelta(alignmentStateSchema.parse(overTheWire(view)), change);
    const after = await getDocument(team.editor, { documentId: id });
    expect(applied).toEqual(alignmentStateSchema.parse(overTheWire({ ...after, canUndo: false, canRedo: false })));
    // Only the merged bead travels, not the document.
    expect(JSON.stringify(answer).length).toBeLessThan(JSON.stringify(after).length / 2);
  });
});

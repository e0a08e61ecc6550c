// What an operation does while it holds the document's row lock (decision 052), bounded by counting: the lock, one
// read (the changes since the author's version and the review data of the rows it rewrites) and one statement of
// writes, whatever the operation and however stale its base; no read of the whole alignment, which the process
// holds from its own last write; and a row somebody else wrote is read again, not taken from memory.

import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { applyDocumentOperation } from './apply-document-operation';
import { lockedStatements } from './count-statements';
import { getDocument } from '@/lib/server/testing/get-document';
import { lockDocument } from '@/lib/server/review/document-lock';
import { alignmentReads, loadAlignmentAt, rememberWritten } from './load-alignment';
import { undoRedo } from './undo-redo-operation';

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Operation = Parameters<typeof applyDocumentOperation>[1]['operation'];

describe('an operation under the document row lock', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('sends the lock, one read and one write, and reads no alignment, for every kind of operation, stale or not', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    expect(start.beads.length).toBeGreaterThanOrEqual(8);
    const beads = start.beads;
    const apply = (baseVersion: number, operation: Operation, user = team.editor) =>
      applyDocumentOperation(user, { documentId: id, baseVersion, operation, answer: 'delta' });
    // The first change of this process on the document may read it; every later one takes it from its own write.
    let version = (await apply(start.version, { type: 'confirm', beadIds: [beads[0].id] })).version;
    const operations: Operation[] = [
      { type: 'editText', segmentId: beads[2].target[0], text: 'Counted.' },
      { type: 'merge', beadId: beads[4].id },
      { type: 'confirm', beadIds: [beads[7].id] },
      { type: 'split', beadId: beads[4].id, sourceAt: 1, targetAt: 1 },
    ];
    for (const [k, operation] of operations.entries()) {
      const statements = lockedStatements();
      const reads = alignmentReads();
      // Every other one from the start version: stale, applied because no change since meets it.
      const answer = await apply(k % 2 === 0 ? start.version : version, operation);
      expect(answer.version).toBe(version + 1);
      expect(lockedStatements() - statements).toBe(3);
      expect(alignmentReads() - reads).toBe(0);
      version = answer.version;
    }
    // A review decision writes its decision rows in the same statement.
    const statements = lockedStatements();
    await apply(version, { type: 'review', event: 'approve', beadIds: [beads[0].id] }, team.reviewer);
    expect(lockedStatements() - statements).toBe(3);
    expect(await db.reviewDecision.count({ where: { documentId: id, beadId: beads[0].id, decision: 'approve' } })).toBe(1);
  });

  it('undoes and redoes with the lock, the entry, one read and one write, exactly', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const merged = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'merge', beadId: start.beads[3].id },
    });
    // Someone else's change elsewhere in between: the undo is placed by id around it.
    const other = await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: merged.version,
      operation: { type: 'editText', segmentId: start.beads[7].target[0], text: 'Elsewhere.' },
    });
    const statements = lockedStatements();
    const reads = alignmentReads();
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo' });
    expect(lockedStatements() - statements).toBe(4);
    expect(undone.beads.map((b) => [b.id, b.source, b.target])).toEqual(start.beads.map((b) => [b.id, b.source, b.target]));
    expect(undone.target.find((s) => s.id === start.beads[7].target[0])?.text).toBe('Elsewhere.');
    const redone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'redo' });
    expect(lockedStatements() - statements).toBe(8);
    expect(alignmentReads() - reads).toBe(0);
    expect(redone.beads.map((b) => b.id)).toEqual(other.beads.map((b) => b.id));
  });

  it('answers a no-op on the current version with the lock alone', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const confirm = { type: 'confirm' as const, beadIds: [start.beads[1].id] };
    const { version } = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: start.version, operation: confirm });
    const statements = lockedStatements();
    const again = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: version, operation: confirm });
    expect(again.version).toBe(version);
    expect(lockedStatements() - statements).toBe(1);
  });

  it('reads the alignment again when the row was written by someone else (another instance), and applies to that', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const first = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'confirm', beadIds: [start.beads[0].id] },
    });
    // Another process's change: a text and the version, without this process seeing it.
    const segmentId = start.beads[3].target[0];
    await db.$transaction([
      db.segment.update({ where: { id: segmentId }, data: { text: 'Written elsewhere.' } }),
      db.document.update({ where: { id }, data: { version: first.version + 1 } }),
    ]);
    const reads = alignmentReads();
    const next = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: first.version + 1,
      operation: { type: 'merge', beadId: start.beads[3].id },
    });
    expect(alignmentReads() - reads).toBe(1);
    const merged = next.beads.find((b) => b.id === start.beads[3].id);
    expect(merged?.target.map((t) => next.target.find((s) => s.id === t)?.text)).toContain('Written elsewhere.');
  });

  it('takes an alignment handed over before a commit only for the row version its transaction wrote', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const { version } = await db.document.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const handed = { source: [], target: [], beads: [] };
    await db.$transaction(async (tx) => {
      const locked = await lockDocument(tx, id, 'update');
      // A transaction that wrote this version number but not this row (it rolled back; another one committed).
      rememberWritten(id, version, `${locked.rowVersion}0`, handed);
      const reads = alignmentReads();
      const read = await loadAlignmentAt(id, version, tx, locked.rowVersion);
      expect(read).not.toBe(handed);
      expect(read.beads.length).toBeGreaterThan(0);
      expect(alignmentReads() - reads).toBe(1);
      rememberWritten(id, version, locked.rowVersion, handed);
      expect(await loadAlignmentAt(id, version, tx, locked.rowVersion)).toBe(handed);
      expect(alignmentReads() - reads).toBe(1);
    });
  });
});

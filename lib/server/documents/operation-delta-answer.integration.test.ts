// Decision 046 against PostgreSQL: an operation's answer in delta form carries the changes since the caller's
// version (other people's first, the caller's own last), which turn the state the caller held into the stored
// one; and the change log keeps a bounded number of versions, with a clear 409 beyond it.

import { beforeAll, describe, expect, it } from 'vitest';
import { applyDelta, type ChangeDelta, type OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import type { AlignmentStateView } from '@/lib/alignment/document-view-schema';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { failure } from '@/lib/server/testing/failure';
import { makeDocument, makeTeam } from '@/lib/server/testing/factories';
import { reviewBead } from '@/lib/server/review/review-bead';
import { transitionDocument } from '@/lib/server/review/transition-document';
import { applyDocumentOperation } from './apply-document-operation';
import { CATCH_UP_LIMIT, CHANGE_LOG_KEEP, CHANGE_LOG_PRUNE_EVERY } from './document-changes';
import { getDocument } from '@/lib/server/testing/get-document';
import { undoRedo } from './undo-redo-operation';

type Team = Awaited<ReturnType<typeof makeTeam>>;

/** The alignment part of a state, as the editor compares it. */
const alignmentOf = (s: AlignmentStateView) => ({ version: s.version, beads: s.beads, source: s.source, target: s.target });

/** What the editor does with an answer: every change in order; null when one does not fit. */
function applyAll(state: AlignmentStateView, changes: ChangeDelta[]): AlignmentStateView | null {
  let next: AlignmentStateView | null = state;
  for (const change of changes) {
    if (next === null) return null;
    next = 'status' in change ? { ...next, version: change.version } : applyDelta(next, change);
  }
  return next;
}

/** Moves the document to `version` as if that many changes with empty footprints had been made (no alignment change). */
async function fastForward(documentId: string, from: number, to: number, userId: string) {
  await db.documentChange.createMany({
    data: Array.from({ length: to - from }, (_, k) => ({
      documentId,
      version: from + 1 + k,
      userId,
      kind: 'operation',
      beadIds: [],
      segmentIds: [],
      delta: { version: from + 1 + k, userId, beads: [], source: [], target: [] },
    })),
  });
  await db.document.update({ where: { id: documentId }, data: { version: to } });
}

/** A new document, the state `reader` opened it with, and the editor's merge of its first two beads (a delta answer). */
async function mergedDocument(team: Team, reader: SessionUser = team.editor) {
  const { id } = await makeDocument(team.editor, team.project.id);
  const start = await getDocument(reader, { documentId: id });
  const merged = await applyDocumentOperation(team.editor, {
    documentId: id,
    baseVersion: start.version,
    operation: { type: 'merge', beadId: start.beads[0].id },
    answer: 'delta',
  });
  return { id, start, merged };
}

describe('operation answers as deltas', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it('a stale operation answers with the change it did not meet and its own, which give the stored state', async () => {
    const { id, start } = await mergedDocument(team, team.admin);
    const answer: OperationDeltaAnswer = await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'editText', segmentId: start.beads[5].target[0], text: 'Fixed by the admin.' },
      answer: 'delta',
    });
    expect(answer.version).toBe(start.version + 2);
    expect(answer.changes?.map((c) => [c.version, c.userId])).toEqual([
      [start.version + 1, team.editor.id],
      [start.version + 2, team.admin.id],
    ]);
    expect(answer).toMatchObject({ canUndo: true, canRedo: false });
    const now = await getDocument(team.admin, { documentId: id });
    expect(alignmentOf(applyAll(start, answer.changes ?? []) as AlignmentStateView)).toEqual(alignmentOf(now));
  });

  it('carries the changed beads only: one bead for a merge, however long the document', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const answer = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'merge', beadId: start.beads[2].id },
      answer: 'delta',
    });
    const [change] = answer.changes ?? [];
    expect(change !== undefined && 'beads' in change).toBe(true);
    if (!change || 'status' in change) return;
    expect(change.beads.flatMap((h) => h.insert).map((b) => b.id)).toEqual([start.beads[2].id]);
    expect(change.beads.flatMap((h) => h.remove)).toEqual([start.beads[2].id, start.beads[3].id]);
    expect([...change.source, ...change.target]).toEqual([]);
  });

  it('undo and redo answer with their change and this user’s flags', async () => {
    const { id, start, merged } = await mergedDocument(team);
    const undone = await undoRedo(team.editor, { documentId: id, baseVersion: merged.version, direction: 'undo', answer: 'delta' });
    expect(undone).toMatchObject({ version: merged.version + 1, canUndo: false, canRedo: true });
    const redone = await undoRedo(team.editor, { documentId: id, baseVersion: undone.version, direction: 'redo', answer: 'delta' });
    expect(redone).toMatchObject({ version: undone.version + 1, canUndo: true, canRedo: false });
    const afterAll = applyAll(start, [...(merged.changes ?? []), ...(undone.changes ?? []), ...(redone.changes ?? [])]);
    expect(alignmentOf(afterAll as AlignmentStateView)).toEqual(alignmentOf(await getDocument(team.editor, { documentId: id })));
  });

  it('a change that changes nothing answers no change, or only the ones the caller missed; a status change is among them', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const confirm = { type: 'confirm' as const, beadIds: start.beads.map((b) => b.id) };
    const confirmed = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: confirm,
      answer: 'delta',
    });
    const again = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: confirmed.version,
      operation: confirm,
      answer: 'delta',
    });
    expect(again).toMatchObject({ version: confirmed.version, changes: [] });
    await transitionDocument(team.editor, { documentId: id, event: 'submit' });
    const late = await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: confirmed.version,
      operation: confirm,
      answer: 'delta',
    });
    expect(late.version).toBe(confirmed.version + 1);
    expect(late.changes).toEqual([expect.objectContaining({ version: confirmed.version + 1, status: 'in_review' })]);
  });

  it('a review decision answers with the reviewed bead', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const bead = start.beads[1];
    const confirmed = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'confirm', beadIds: [bead.id] },
    });
    await transitionDocument(team.editor, { documentId: id, event: 'submit' });
    const answer = await reviewBead(team.reviewer, {
      documentId: id,
      beadId: bead.id,
      decision: 'approve',
      baseVersion: confirmed.version + 1,
      answer: 'delta',
    });
    const [change] = answer.changes ?? [];
    expect(change && 'beads' in change ? change.beads.flatMap((h) => h.insert).map((b) => [b.id, b.status]) : null).toEqual([
      [bead.id, 'approved'],
    ]);
    expect(answer).toMatchObject({ canUndo: true, canRedo: false });
  });

  it(`answers no changes (reload) when the caller is more than ${CATCH_UP_LIMIT} versions behind`, async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    await fastForward(id, start.version, start.version + CATCH_UP_LIMIT + 1, team.admin.id);
    const answer = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version,
      operation: { type: 'merge', beadId: start.beads[0].id },
      answer: 'delta',
    });
    expect(answer).toMatchObject({ version: start.version + CATCH_UP_LIMIT + 2, changes: null });
  });
});

describe('the change log is bounded', () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam();
  });

  it(`keeps the last ${CHANGE_LOG_KEEP} versions, pruned in the transaction of every ${CHANGE_LOG_PRUNE_EVERY}th`, async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    const beforePrune = CHANGE_LOG_KEEP + CHANGE_LOG_PRUNE_EVERY - 1; // the next version is a multiple of EVERY
    await fastForward(id, start.version, beforePrune, team.admin.id);
    const count = () => db.documentChange.count({ where: { documentId: id } });
    expect(await count()).toBe(beforePrune - start.version);
    const pruned = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: beforePrune,
      operation: { type: 'merge', beadId: start.beads[0].id },
    });
    expect(pruned.version % CHANGE_LOG_PRUNE_EVERY).toBe(0);
    expect(await count()).toBe(CHANGE_LOG_KEEP);
    const oldest = await db.documentChange.findFirst({ where: { documentId: id }, orderBy: { version: 'asc' }, select: { version: true } });
    expect(oldest?.version).toBe(pruned.version - CHANGE_LOG_KEEP + 1);
    // The next version adds a row and prunes nothing.
    await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: pruned.version,
      operation: { type: 'confirm', beadIds: [start.beads[4].id] },
    });
    expect(await count()).toBe(CHANGE_LOG_KEEP + 1);
  });

  it('refuses an operation based further back than that with a 409 that says so, and writes nothing', async () => {
    const { id } = await makeDocument(team.editor, team.project.id);
    const start = await getDocument(team.editor, { documentId: id });
    await fastForward(id, start.version, start.version + CHANGE_LOG_KEEP + 1, team.admin.id);
    const rows = await db.documentChange.count({ where: { documentId: id } });
    const refused = await failure(
      applyDocumentOperation(team.editor, {
        documentId: id,
        baseVersion: start.version,
        operation: { type: 'merge', beadId: start.beads[0].id },
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/more than 1,000 changes behind .* Reload the document/);
    expect(refused.details).toMatchObject({ currentVersion: start.version + CHANGE_LOG_KEEP + 1 });
    expect(await db.documentChange.count({ where: { documentId: id } })).toBe(rows);
    // One version less far behind is still checked by footprints, and accepted.
    const accepted = await applyDocumentOperation(team.editor, {
      documentId: id,
      baseVersion: start.version + 1,
      operation: { type: 'merge', beadId: start.beads[0].id },
    });
    expect(accepted.version).toBe(start.version + CHANGE_LOG_KEEP + 2);
  });

  it('undoes a change whose rows were pruned only while it is the newest, and says why otherwise', async () => {
    const { id, start, merged } = await mergedDocument(team);
    await fastForward(id, merged.version, merged.version + CHANGE_LOG_KEEP + 5, team.admin.id);
    await db.documentChange.deleteMany({ where: { documentId: id, version: { lte: merged.version + 5 } } }); // as pruning would
    const version = merged.version + CHANGE_LOG_KEEP + 5;
    // Someone else's change after it: the editor's merge is no longer the newest.
    await applyDocumentOperation(team.admin, {
      documentId: id,
      baseVersion: version,
      operation: { type: 'confirm', beadIds: [start.beads[6].id] },
    });
    const refused = await failure(undoRedo(team.editor, { documentId: id, baseVersion: version + 1, direction: 'undo' }));
    expect(refused.status).toBe(409);
    expect(refused.message).toBe(
      'Your change was made more than 1,000 changes ago and the document changed since, so your last change cannot be undone.',
    );
  });
});

import 'server-only';
import type { BeadView, SegmentView } from '@/lib/alignment/document-view-schema';
import type { OperationResult } from '@/lib/alignment/operations/apply-operation';
import { applyPatch } from '@/lib/alignment/operations/apply-patch';
import { footprintOverlap, footprintsMeet, type Footprint } from '@/lib/alignment/operations/operation-footprint';
import type { Hunk, RestorePatch } from '@/lib/alignment/operations/operation-schema';
import type { Alignment } from '@/lib/alignment/types';
import type { ChangeDelta, DocumentDelta, StatusDelta } from '@/lib/alignment/document-delta';
import { Prisma } from '@/lib/generated/prisma/client';
import { db, type Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { CHANNELS } from '@/lib/server/live/change-listener';
import { beadViews, viewsOf } from './document-state';
import { runWrites, type BeadExtra } from './persist-alignment';

// The change log behind co-editing (decision 042): one DocumentChange row per version after 1, written in the
// transaction that made the version, with the change's footprint and the delta open editors apply. The same
// transaction notifies the `document_changes` channel; PostgreSQL delivers it on commit to every instance.

export type ChangeKind = 'operation' | 'undo' | 'redo' | 'status';

/**
 * How many versions of change rows a document keeps (decision 046). Footprint checks read the rows after an
 * operation's base version, undo the rows after its change was last applied: a base version further back is a
 * 409 that says so, and an older change of one's own can be undone only while it is the document's newest.
 */
export const CHANGE_LOG_KEEP = 1_000;
/** Pruning runs on every this-many-th version, in its transaction: a document holds at most KEEP + EVERY - 1 rows. */
export const CHANGE_LOG_PRUNE_EVERY = 100;

/** The patch that turns the state before a result into it (the stored inverse, inverted). */
export function forwardPatch(result: OperationResult): RestorePatch {
  return applyPatch(result.alignment, result.inverse, 'VERSION_CONFLICT').inverse;
}

/** The beads a delta carries in full (its hunks' inserted beads): their views need the review data of their rows. */
export function deltaBeadIds(forward: RestorePatch): string[] {
  return [...new Set(forward.beads.flatMap((hunk) => hunk.insert.map((b) => b.id)))];
}

/** The delta of a change from its forward patch and the views of the beads it inserts. */
export function deltaFrom(version: number, userId: string, forward: RestorePatch, views: Map<string, BeadView>): DocumentDelta {
  const segment = ({ id, text, paragraph }: { id: string; text: string; paragraph: number }): SegmentView => ({ id, text, paragraph });
  const segmentHunk = (hunk: Hunk<{ id: string; text: string; paragraph: number }>) => ({
    at: hunk.at,
    remove: hunk.remove,
    insert: hunk.insert.map(segment),
  });
  return {
    version,
    userId,
    beads: forward.beads.map((hunk) => ({
      at: hunk.at,
      remove: hunk.remove,
      insert: hunk.insert.map((bead) => views.get(bead.id) as BeadView),
    })),
    source: forward.source.map(segmentHunk),
    target: forward.target.map(segmentHunk),
  };
}

/** The delta of a change whose bead rows' review data is known (read under the lock, or what the change writes). */
export function deltaWithExtras(
  version: number,
  userId: string,
  alignment: Alignment,
  forward: RestorePatch,
  extras: Map<string, BeadExtra>,
  comments: { beadId: string | null; n: number }[],
): DocumentDelta {
  const ids = new Set(deltaBeadIds(forward));
  const views = viewsOf(
    alignment,
    alignment.beads.filter((b) => ids.has(b.id)),
    [...extras.values()],
    comments,
  );
  return deltaFrom(version, userId, forward, new Map(views.map((v) => [v.id, v])));
}

/**
 * The forward patch of a result, its inserted beads in the form the editor holds (with labels, comments, …), read
 * in the transaction that made it: two small reads for the new beads, not the whole document.
 */
export async function deltaOf(
  tx: Tx,
  documentId: string,
  version: number,
  userId: string,
  result: OperationResult,
): Promise<DocumentDelta> {
  const forward = forwardPatch(result);
  return deltaFrom(version, userId, forward, await beadViews(tx, documentId, result.alignment, deltaBeadIds(forward)));
}

export interface ChangeRow {
  documentId: string;
  version: number;
  userId: string;
  kind: ChangeKind;
  operationId: string | null;
  footprint: Footprint;
  delta: DocumentDelta | StatusDelta | null;
}

/**
 * The change row as CTEs of the change's one statement (decision 052), and the notification to run in its main
 * query (`FROM …`): delivered at commit, and only then.
 */
export function changeWrite(change: ChangeRow): { ctes: Prisma.Sql[]; notify: Prisma.Sql } {
  const ctes = [
    Prisma.sql`change_logged AS (INSERT INTO "DocumentChange" ("documentId", "version", "userId", "kind", "operationId", "beadIds", "segmentIds", "delta")
      VALUES (${change.documentId}, ${change.version}, ${change.userId}, ${change.kind}, ${change.operationId}, ${change.footprint.beads}::text[],
        ${change.footprint.segments}::text[], ${change.delta === null ? null : JSON.stringify(change.delta)}::jsonb))`,
  ];
  if (change.version % CHANGE_LOG_PRUNE_EVERY === 0)
    ctes.push(
      Prisma.sql`change_pruned AS (DELETE FROM "DocumentChange" WHERE "documentId" = ${change.documentId} AND "version" <= ${change.version - CHANGE_LOG_KEEP})`,
    );
  // Small on purpose (NOTIFY payloads stop at 8,000 bytes): listeners read the row, or take the delta from memory
  // when this process wrote it in the transaction the notification names (`tx`, see rememberWrittenDelta).
  return {
    ctes,
    notify: Prisma.sql`pg_notify(${CHANNELS.change}, json_build_object('documentId', ${change.documentId}::text, 'version', ${change.version}::int, 'tx', pg_current_xact_id()::text)::text)`,
  };
}

/**
 * A change's one statement of writes (decision 052): the caller's CTEs, the version bump, the change row and the
 * notification. Answers the document row's new xmin and the transaction's id, and hands the delta over (kept once
 * a notification of this transaction shows the commit).
 */
export async function writeChange(
  tx: Tx,
  ctes: Prisma.Sql[],
  change: ChangeRow & { delta: DocumentDelta },
): Promise<{ rowVersion: string }> {
  const row = changeWrite(change);
  const [written] = await runWrites<{ rowVersion: string; tx: string }>(
    tx,
    [
      ...ctes,
      Prisma.sql`document_bumped AS (UPDATE "Document" SET "version" = ${change.version}, "updatedAt" = now() WHERE "id" = ${change.documentId} RETURNING xmin::text AS "rowVersion")`,
      ...row.ctes,
    ],
    Prisma.sql`SELECT d."rowVersion", pg_current_xact_id()::text AS "tx" FROM document_bumped d, ${row.notify}`,
  );
  rememberWrittenDelta(change.documentId, change.delta, written.tx);
  return { rowVersion: written.rowVersion };
}

/** The change row, its pruning and its notification as one statement of their own. */
export async function recordChange(tx: Tx, change: ChangeRow): Promise<void> {
  const { ctes, notify } = changeWrite(change);
  await runWrites(tx, ctes, Prisma.sql`SELECT 1 AS "done" FROM ${notify}`);
}

let reads = 0;
/** Reads of change rows made from the database (not memory), for tests that count them. */
export const changeReads = () => reads;

/** The most versions an editor catches up by deltas (live stream, operation answers); further behind, a reload is smaller. */
export const CATCH_UP_LIMIT = 200;

/**
 * The deltas of the versions after `after` (up to `upTo`, or the newest), in order, or null when the editor should
 * load the document again instead: more than CATCH_UP_LIMIT of them, or a version without a row or a delta
 * (made before the log existed, or pruned).
 */
export async function changeDeltas(
  client: Tx | typeof db,
  documentId: string,
  after: number,
  upTo?: number,
): Promise<ChangeDelta[] | null> {
  if (upTo !== undefined && upTo - after > CATCH_UP_LIMIT) return null;
  if (upTo !== undefined && upTo <= after) return [];
  const remembered = upTo === undefined ? null : recentDeltas(documentId, after, upTo);
  if (remembered) return remembered;
  reads += 1;
  const rows = await client.documentChange.findMany({
    where: { documentId, version: upTo === undefined ? { gt: after } : { gt: after, lte: upTo } },
    orderBy: { version: 'asc' },
    take: CATCH_UP_LIMIT + 1,
    select: { version: true, delta: true },
  });
  if (rows.length > CATCH_UP_LIMIT || (upTo !== undefined && rows.length !== upTo - after)) return null;
  if (rows.some((row, k) => row.version !== after + 1 + k || row.delta === null)) return null;
  const deltas = rows.map((row) => row.delta as ChangeDelta);
  if (client === db) rememberDeltas(documentId, deltas); // committed rows only
  return deltas;
}

// The deltas of the newest versions of recently changed documents, as committed (decision 052): a version's delta
// never changes once committed, so the live streams and operation answers of this process take them from here
// instead of each reading the same rows. Filled by committed reads and by each change once its transaction committed.
const recent = new Map<string, Map<number, ChangeDelta>>();
const RECENT_DOCUMENTS = 20;

/** Keeps committed deltas (the newest CATCH_UP_LIMIT versions of a document). */
export function rememberDeltas(documentId: string, deltas: readonly ChangeDelta[]): void {
  if (!deltas.length) return;
  const kept = recent.get(documentId) ?? new Map<number, ChangeDelta>();
  recent.delete(documentId);
  recent.set(documentId, kept);
  for (const delta of deltas) kept.set(delta.version, delta);
  const newest = Math.max(...kept.keys());
  for (const version of kept.keys()) if (version <= newest - CATCH_UP_LIMIT) kept.delete(version);
  if (recent.size > RECENT_DOCUMENTS) recent.delete(recent.keys().next().value as string);
}

// A change's delta, handed over by its transaction before the commit with the transaction's id, and kept once a
// notification of that same transaction shows it committed (PostgreSQL delivers notifications at commit only).
const written = new Map<string, { version: number; tx: string; delta: ChangeDelta }>();

export function rememberWrittenDelta(documentId: string, delta: ChangeDelta, tx: string): void {
  written.delete(documentId);
  written.set(documentId, { version: delta.version, tx, delta });
  if (written.size > RECENT_DOCUMENTS) written.delete(written.keys().next().value as string);
}

/** A notification said transaction `tx` committed `version`: the delta it handed over is committed. */
export function confirmDelta(documentId: string, version: number, tx: string | undefined): void {
  const mine = written.get(documentId);
  if (!mine || tx === undefined || mine.version !== version || mine.tx !== tx) return;
  written.delete(documentId);
  rememberDeltas(documentId, [mine.delta]);
}

/** The deltas of the versions after `after` up to `upTo`, when every one is remembered; otherwise null. */
export function recentDeltas(documentId: string, after: number, upTo: number): ChangeDelta[] | null {
  const kept = recent.get(documentId);
  if (!kept || upTo - after > CATCH_UP_LIMIT) return null;
  const deltas: ChangeDelta[] = [];
  for (let version = after + 1; version <= upTo; version += 1) {
    const delta = kept.get(version);
    if (!delta) return null;
    deltas.push(delta);
  }
  return deltas;
}

/** A change since some version, as the footprint checks need it: who made it and what it touched. */
export interface LoggedChange {
  version: number;
  userId: string;
  footprint: Footprint;
}

/** The 409 for an operation based on a version older than the change log keeps: its footprint cannot be checked. */
export function tooFarBehind(baseVersion: number, currentVersion: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `Your copy of the document (version ${baseVersion}) is more than ${CHANGE_LOG_KEEP.toLocaleString('en')} changes behind the current version ${currentVersion}, further back than changes are kept for co-editing. Reload the document and make your change again.`,
    { currentVersion },
  );
}

/** 1-based numbers of the beads in `alignment` that both footprints name, for the conflict message. */
function sharedBeadNumbers(alignment: Alignment, footprint: Footprint, changes: LoggedChange[]): number[] {
  const shared = new Set(changes.flatMap((c) => footprintOverlap(c.footprint, footprint).beads));
  return alignment.beads.flatMap((bead, at) => (shared.has(bead.id) ? [at + 1] : []));
}

/**
 * The 409 for a change that meets others made since the version its author saw: which beads, and the version
 * to catch up to (the editor catches up with the deltas, not a reload).
 */
export function overlapConflict(
  alignment: Alignment,
  footprint: Footprint,
  changes: LoggedChange[],
  currentVersion: number,
  what: string,
): AppError {
  const meeting = changes.filter((c) => footprintsMeet(c.footprint, footprint));
  const beads = sharedBeadNumbers(alignment, footprint, meeting);
  const where = beads.length
    ? ` (bead${beads.length === 1 ? '' : 's'} ${beads.slice(0, 5).join(', ')}${beads.length > 5 ? ', …' : ''})`
    : '';
  return new AppError('VERSION_CONFLICT', `Someone else changed the same place${where} since you loaded it, so ${what}.`, {
    currentVersion,
    beads,
    versions: meeting.map((c) => c.version),
  });
}

import 'server-only';
import { can } from '@/lib/permissions';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { documentHistory, type HistoryEvent } from '@/lib/server/documents/document-history';
import { notFound } from '@/lib/server/errors';

// What the history page shows: the document's review status and its events, for the whole document or one
// bead. A bead's history also holds the text edits of its segments (those audit events name the segment, not the
// bead). The project id in the URL is checked against the document: a mismatch is a 404.

export interface DocumentHistoryView {
  document: { id: string; title: string; status: string; version: number; signedOffAt: string | null; signedOffBy: string | null };
  project: { id: string; name: string };
  role: string;
  canReopen: boolean;
  bead: { id: string; position: number } | null;
  events: HistoryEvent[];
  /**
   * The current number (position + 1) of each bead a label or comment event names, by bead id or, for a comment
   * on a span, by segment id: those events store ids, not numbers (issue 12 item 10: every row names its bead).
   * A bead merged away since is missing.
   */
  beadNumbers: Record<string, number>;
}

/** Label and comment events store the bead (or the commented segment) by id. */
const ANNOTATIONS = new Set(['bead.labels', 'comment.create', 'comment.reply', 'comment.resolve', 'comment.reopen']);

function annotatedIds(events: readonly HistoryEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (!ANNOTATIONS.has(event.action) || !event.after || typeof event.after !== 'object') continue;
    const after = event.after as Record<string, unknown>;
    for (const key of ['beadId', 'segmentId']) if (typeof after[key] === 'string') ids.add(after[key]);
  }
  return ids;
}

async function numbersOf(documentId: string, ids: ReadonlySet<string>): Promise<Record<string, number>> {
  if (ids.size === 0) return {};
  const beads = await db.bead.findMany({ where: { documentId }, select: { id: true, position: true, sourceIds: true, targetIds: true } });
  const numbers: Record<string, number> = {};
  for (const bead of beads) {
    for (const id of [bead.id, ...bead.sourceIds, ...bead.targetIds]) if (ids.has(id)) numbers[id] = bead.position + 1;
  }
  return numbers;
}

export async function documentHistoryView(
  actor: SessionUser,
  input: { projectId: string; documentId: string; beadId?: string },
): Promise<DocumentHistoryView> {
  const ctx = await documentAccess(actor, input.documentId, 'document:read');
  if (ctx.project.id !== input.projectId) throw notFound('That document');
  const [row, bead] = await Promise.all([
    db.document.findUniqueOrThrow({ where: { id: input.documentId }, select: { signedOffAt: true, signedOffById: true } }),
    input.beadId
      ? db.bead.findFirst({
          where: { id: input.beadId, documentId: input.documentId },
          select: { id: true, position: true, sourceIds: true, targetIds: true },
        })
      : null,
  ]);
  if (input.beadId && !bead) throw notFound('That bead');
  const signer = row.signedOffById ? await db.user.findUnique({ where: { id: row.signedOffById }, select: { name: true } }) : null;
  let events: HistoryEvent[];
  if (bead) {
    const parts = await Promise.all(
      [bead.id, ...bead.sourceIds, ...bead.targetIds].map((about) => documentHistory(actor, input.documentId, { about })),
    );
    const byId = new Map(parts.flat().map((e) => [e.id, e]));
    events = [...byId.values()].sort((a, b) => b.at.localeCompare(a.at));
  } else {
    events = await documentHistory(actor, input.documentId);
  }
  return {
    document: {
      id: ctx.document.id,
      title: ctx.document.title,
      status: ctx.document.status,
      version: ctx.document.version,
      signedOffAt: row.signedOffAt?.toISOString() ?? null,
      signedOffBy: signer?.name ?? null,
    },
    project: { id: ctx.project.id, name: ctx.project.name },
    role: ctx.role,
    canReopen: can(ctx.role, 'document:reopen'),
    bead: bead ? { id: bead.id, position: bead.position } : null,
    events,
    beadNumbers: await numbersOf(input.documentId, annotatedIds(events)),
  };
}

import 'server-only';
import { neutraliseFormula } from '@/lib/formats/spreadsheet-cell';
import { documentAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';

// A document's history from the append-only audit log: every operation, text edit, review decision, comment,
// sign-off and reopen, with who and when. Filter by a segment or bead id (matched anywhere in the event).

export interface HistoryEvent {
  id: string;
  at: string;
  actor: { id: string | null; name: string };
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
}

export async function documentHistory(
  actor: SessionUser,
  documentId: string,
  filter: { about?: string; limit?: number } = {},
): Promise<HistoryEvent[]> {
  await documentAccess(actor, documentId, 'document:read');
  const limit = Math.min(filter.limit ?? 500, 5000);
  const rows = filter.about
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "AuditEvent" WHERE "documentId" = ${documentId}
          AND ("target" = ${filter.about} OR "before"::text LIKE ${'%' + filter.about + '%'} OR "after"::text LIKE ${'%' + filter.about + '%'})
        ORDER BY "createdAt" DESC LIMIT ${limit}`
    : null;
  const events = await db.auditEvent.findMany({
    where: { documentId, ...(rows ? { id: { in: rows.map((r) => r.id) } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      action: true,
      target: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true } },
    },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    actor: { id: e.actor?.id ?? null, name: e.actor?.name ?? 'system' },
    action: e.action,
    target: e.target,
    before: e.before,
    after: e.after,
  }));
}

/** One CSV cell, neutralised against formula injection before quoting (lib/formats/spreadsheet-cell.ts). */
export function csvField(value: unknown): string {
  const text = neutraliseFormula(value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function historyToCsv(events: HistoryEvent[]): string {
  const header = ['at', 'actor', 'action', 'target', 'before', 'after'];
  const lines = events.map((e) => [e.at, e.actor.name, e.action, e.target, e.before, e.after].map(csvField).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

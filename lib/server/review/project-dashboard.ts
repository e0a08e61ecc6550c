import 'server-only';
import { visibleDocument } from '@/lib/server/documents/visible-documents';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { progressFromCounts, type ReviewProgress, type StatusCounts } from '@/lib/review/review-progress';
import { memoryStats, type MemoryStats } from '@/lib/server/memory/memory-stats';
import { qaCountsOf, summarySelect } from '@/lib/server/qa/qa-summaries';

// A project's review dashboard: documents by status, beads by review outcome, and throughput per day (UTC):
// beads approved and rejected (ReviewDecision rows, one per bead) and documents signed off (audit events).

export interface ProjectDashboard {
  project: { id: string; name: string };
  documents: { draft: number; in_review: number; approved: number; reopened: number; total: number };
  /** pending = neither approved, rejected nor excluded (auto, edited, confirmed). */
  beads: { approved: number; pending: number; rejected: number; excluded: number; total: number };
  days: { day: string; approved: number; rejected: number; signedOff: number }[];
  /** The project's progress by the one definition (decision 023): the same rule as the editor and project page. */
  progress: ReviewProgress;
  /**
   * Open translation QA flags (decision 041) of the project's most recently changed articles (at most
   * QA_DASHBOARD_DOCUMENTS): totals, and the documents with any, most flags first. `enabled`: checks are on.
   */
  qa: { enabled: boolean; flags: number; beads: number; documents: { id: string; title: string; flags: number; beads: number }[] };
  /** The project's translation memory (issue 15 item 4): units, words per language, weekly growth, top terms. */
  memory: MemoryStats;
}

export const QA_DASHBOARD_DOCUMENTS = 200;

async function projectQa(project: { id: string; qaChecks: string[] }): Promise<ProjectDashboard['qa']> {
  const enabled = project.qaChecks.length > 0;
  if (!enabled) return { enabled, flags: 0, beads: 0, documents: [] };
  const documents = await db.document.findMany({
    where: { projectId: project.id, kind: 'article', ...visibleDocument },
    orderBy: { updatedAt: 'desc' },
    take: QA_DASHBOARD_DOCUMENTS,
    select: { ...summarySelect, title: true },
  });
  const counts = await qaCountsOf(documents);
  const rows = documents
    .map((d) => ({ id: d.id, title: d.title, ...(counts.get(d.id) ?? { flags: 0, beads: 0 }) }))
    .filter((d) => d.flags > 0)
    .sort((a, b) => b.flags - a.flags || a.title.localeCompare(b.title));
  return {
    enabled,
    flags: rows.reduce((n, d) => n + d.flags, 0),
    beads: rows.reduce((n, d) => n + d.beads, 0),
    documents: rows,
  };
}

export const DASHBOARD_MAX_DAYS = 90;

function dayKeys(days: number, now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(today - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

export async function projectDashboard(actor: SessionUser, input: { projectId: string; days?: number }): Promise<ProjectDashboard> {
  const { project } = await projectAccess(actor, input.projectId, 'project:read');
  const days = Math.min(Math.max(Math.trunc(input.days ?? 14), 1), DASHBOARD_MAX_DAYS);
  const keys = dayKeys(days, new Date());
  const since = keys[0]; // timestamps are stored as UTC without a zone; compare as such
  const [documents, beads, decisions, signOffs, qa, memory] = await Promise.all([
    db.document.groupBy({ by: ['status'], where: { projectId: project.id, ...visibleDocument }, _count: true }),
    db.bead.groupBy({ by: ['status'], where: { document: { projectId: project.id, ...visibleDocument } }, _count: true }),
    db.$queryRaw<{ day: string; decision: string; n: number }[]>`
      SELECT to_char(date_trunc('day', r."createdAt"), 'YYYY-MM-DD') AS "day", r."decision", count(*)::int AS "n"
      FROM "ReviewDecision" r JOIN "Document" d ON d."id" = r."documentId"
      WHERE d."projectId" = ${project.id} AND r."createdAt" >= ${since}::timestamp
      GROUP BY 1, 2`,
    db.$queryRaw<{ day: string; n: number }[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS "day", count(*)::int AS "n"
      FROM "AuditEvent" WHERE "projectId" = ${project.id} AND "action" = 'document.sign-off' AND "createdAt" >= ${since}::timestamp
      GROUP BY 1`,
    projectQa(project),
    memoryStats(project),
  ]);
  const docCount = (status: string) => documents.find((d) => d.status === status)?._count ?? 0;
  const beadCount = (status: string) => beads.find((b) => b.status === status)?._count ?? 0;
  const beadTotal = beads.reduce((n, b) => n + b._count, 0);
  const approved = beadCount('approved');
  const rejected = beadCount('rejected');
  const excluded = beadCount('excluded');
  return {
    project: { id: project.id, name: project.name },
    documents: {
      draft: docCount('draft'),
      in_review: docCount('in_review'),
      approved: docCount('approved'),
      reopened: docCount('reopened'),
      total: documents.reduce((n, d) => n + d._count, 0),
    },
    beads: { approved, rejected, excluded, pending: beadTotal - approved - rejected - excluded, total: beadTotal },
    progress: progressFromCounts(Object.fromEntries(beads.map((b) => [b.status, b._count])) as StatusCounts),
    days: keys.map((day) => ({
      day,
      approved: decisions.find((d) => d.day === day && d.decision === 'approve')?.n ?? 0,
      rejected: decisions.find((d) => d.day === day && d.decision === 'reject')?.n ?? 0,
      signedOff: signOffs.find((s) => s.day === day)?.n ?? 0,
    })),
    qa,
    memory,
  };
}

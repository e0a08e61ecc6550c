import 'server-only';
import { visibleDocumentSql } from '@/lib/server/documents/visible-documents';
import { z } from 'zod';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { projectAccess } from '@/lib/server/access';
import { db } from '@/lib/server/db';
import { hangulPairCodes } from './hangul-pairs';
import type { BeadStatus } from '@/lib/review/review-states';

// Concordance (issue 15, decision 034): the beads of my projects whose source or target contains a word or
// phrase, both sides shown with the match marked. Korean writes particles onto words, so the search is by
// substring: 국민의힘 finds 국민의힘은 and 국민의힘이. A trigram index (pg_trgm) serves queries of three characters
// or more; two Hangul syllables (정부, 금리) have no trigram inside them and use an index of Hangul syllable pairs
// (decision 049), which finds them anywhere (행정부 too). Other two-character queries (EU, AI) match words that
// start with them, through the trigram index's word similarity. Approved beads by default.

export const MAX_RESULTS = 100;
/** Matches are counted up to this; beyond it the answer says "more than". */
export const COUNT_CAP = 1000;
const MAX_OFFSET = 10_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-07');

export const concordanceQuerySchema = z.object({
  q: z.string().trim().min(2, 'must have at least 2 characters').max(200, 'must have at most 200 characters'),
  project: z.string().min(1).max(64).optional(),
  status: z.enum(['approved', 'all']).default('approved'),
  side: z.enum(['both', 'source', 'target']).default('both'),
  label: z.string().min(1).max(100).optional(),
  reviewer: z.string().min(1).max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_RESULTS).default(50),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
});
export type ConcordanceQuery = z.infer<typeof concordanceQuerySchema>;

export interface Span {
  start: number;
  end: number;
}

export interface ConcordanceResult {
  beadId: string;
  documentId: string;
  documentTitle: string;
  projectId: string;
  projectName: string;
  source: string;
  target: string;
  status: BeadStatus;
  labels: string[];
  /** When the document was imported (ISO). */
  date: string;
  matches: { source: Span[]; target: Span[] };
}

export interface ConcordanceAnswer {
  results: ConcordanceResult[];
  /** Matching beads, counted up to COUNT_CAP. */
  total: number;
  /** True when there are more than `total` matches. */
  more: boolean;
}

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every occurrence of q in text, case-insensitively (Hangul has no case; Latin folds). */
export function findSpans(text: string, q: string): Span[] {
  const spans: Span[] = [];
  const hay = text.toLowerCase();
  const needle = q.toLowerCase();
  if (hay.length !== text.length || needle.length === 0) return spans; // a case fold that changes length: no marks
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length))
    spans.push({ start: at, end: at + needle.length });
  return spans;
}

/** The projects a user may search; every role may read its projects (`project:read`). */
type MyProjects = readonly { id: string; name: string }[];

async function projectsToSearch(
  user: SessionUser,
  project: string | undefined,
  mine: MyProjects | undefined,
): Promise<Map<string, string>> {
  const known = project === undefined ? undefined : mine?.find((p) => p.id === project);
  if (known) return new Map([[known.id, known.name]]);
  if (project) {
    const ctx = await projectAccess(user, project, 'project:read');
    return new Map([[ctx.project.id, ctx.project.name]]);
  }
  const projects =
    mine ??
    (await db.project.findMany({
      where: user.isAdmin ? {} : { memberships: { some: { userId: user.id } } },
      select: { id: true, name: true },
    }));
  return new Map(projects.map((p) => [p.id, p.name]));
}

/** Two Hangul syllables: the index of syllable pairs answers it exactly (decisions 049, 054). */
const HANGUL_PAIR = /^[\uac00-\ud7a3]{2}$/;

function textCondition(q: string): Prisma.Sql {
  if ([...q].length >= 3) return Prisma.sql`s."text" ILIKE ${likePattern(q)}`;
  // `<> '{}'` is the partial index's condition (decision 054): rows without a pair are not in it.
  if (HANGUL_PAIR.test(q)) return Prisma.sql`s."hangulPairs" @> ARRAY[${hangulPairCodes(q)[0]}]::integer[] AND s."hangulPairs" <> '{}'`;
  return Prisma.sql`${q} <% s."text" AND s."text" ILIKE ${likePattern(q)}`;
}

/**
 * `myProjects`: the user's projects as `listMyProjects` gave them, when the caller has them already (the
 * concordance page lists them in its project picker), so they are not read twice.
 */
export async function searchConcordance(
  user: SessionUser,
  query: ConcordanceQuery,
  options: { myProjects?: MyProjects } = {},
): Promise<ConcordanceAnswer> {
  const projects = await projectsToSearch(user, query.project, options.myProjects);
  if (projects.size === 0) return { results: [], total: 0, more: false };
  const segments = [Prisma.sql`d."projectId" IN (${Prisma.join([...projects.keys()])})`, visibleDocumentSql('d'), textCondition(query.q)];
  if (query.side !== 'both') segments.push(Prisma.sql`s."side" = ${query.side}::"Side"`);
  if (query.from) segments.push(Prisma.sql`d."createdAt" >= ${new Date(`${query.from}T00:00:00Z`)}`);
  if (query.to) segments.push(Prisma.sql`d."createdAt" < ${new Date(`${query.to}T00:00:00Z`)} + interval '1 day'`);
  const beads = [Prisma.sql`(b."sourceIds" && m."sourceIds" OR b."targetIds" && m."targetIds")`];
  if (query.status === 'approved') beads.push(Prisma.sql`b."status" = 'approved'`);
  else beads.push(Prisma.sql`b."status" <> 'excluded'`);
  if (query.label) beads.push(Prisma.sql`${query.label} = ANY(b."labels")`);
  if (query.reviewer) {
    beads.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ReviewDecision" r WHERE r."documentId" = b."documentId" AND r."beadId" = b."id" AND r."reviewerId" = ${query.reviewer})`,
    );
  }
  // Matching segments are grouped by document; the documents are walked newest first (LATERAL keeps the planner
  // on the bead index, document by document) and only their beads are read, until the page and the capped count
  // are filled: a bead is read once however many of its segments match, and a word with 300,000 matches reads
  // the beads of a few dozen documents, not of all of them (decision 049).
  const [row] = await db.$queryRaw<{ ids: string[]; n: bigint }[]>`
    WITH m AS (
      SELECT s."documentId", max(d."createdAt") AS "createdAt",
        array_agg(s."id") FILTER (WHERE s."side" = 'source') AS "sourceIds",
        array_agg(s."id") FILTER (WHERE s."side" = 'target') AS "targetIds"
      FROM "Segment" s JOIN "Document" d ON d."id" = s."documentId"
      WHERE ${Prisma.join(segments, ' AND ')}
      GROUP BY s."documentId"
    ), hits AS (
      SELECT b."id", m."createdAt", m."documentId", b."position"
      FROM (SELECT * FROM m ORDER BY "createdAt" DESC, "documentId") m
      CROSS JOIN LATERAL (
        SELECT b."id", b."position" FROM "Bead" b
        WHERE b."documentId" = m."documentId" AND ${Prisma.join(beads, ' AND ')}
        ORDER BY b."position"
      ) b
      ORDER BY m."createdAt" DESC, m."documentId", b."position"
      LIMIT ${Math.max(query.offset + query.limit, COUNT_CAP + 1)}
    )
    SELECT (SELECT count(*) FROM hits) AS "n",
      coalesce((SELECT array_agg(p."id" ORDER BY p."createdAt" DESC, p."documentId", p."position")
        FROM (SELECT * FROM hits ORDER BY "createdAt" DESC, "documentId", "position" OFFSET ${query.offset} LIMIT ${query.limit}) p), '{}') AS "ids"`;
  const total = Number(row?.n ?? 0);
  const results = await describeBeads(row?.ids ?? [], projects, query.q);
  return { results, total: Math.min(total, COUNT_CAP), more: total > COUNT_CAP };
}

async function describeBeads(ids: string[], projects: Map<string, string>, q: string): Promise<ConcordanceResult[]> {
  if (ids.length === 0) return [];
  const beads = await db.bead.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      documentId: true,
      sourceIds: true,
      targetIds: true,
      status: true,
      labels: true,
      document: { select: { title: true, projectId: true, createdAt: true } },
    },
  });
  const segments = await db.segment.findMany({
    where: { id: { in: beads.flatMap((b) => [...b.sourceIds, ...b.targetIds]) } },
    select: { id: true, text: true },
  });
  const textOf = new Map(segments.map((s) => [s.id, s.text]));
  const byId = new Map(beads.map((b) => [b.id, b]));
  return ids.flatMap((id) => {
    const b = byId.get(id);
    if (!b) return [];
    const source = b.sourceIds.map((s) => textOf.get(s) ?? '').join(' ');
    const target = b.targetIds.map((s) => textOf.get(s) ?? '').join(' ');
    return [
      {
        beadId: b.id,
        documentId: b.documentId,
        documentTitle: b.document.title,
        projectId: b.document.projectId,
        projectName: projects.get(b.document.projectId) ?? '',
        source,
        target,
        status: b.status,
        labels: b.labels,
        date: b.document.createdAt.toISOString(),
        matches: { source: findSpans(source, q), target: findSpans(target, q) },
      },
    ];
  });
}

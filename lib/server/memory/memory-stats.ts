import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { MAX_BEADS } from '@/lib/memory/term-renderings';
import { runEngine } from '@/lib/server/align/run-engine';
import { db } from '@/lib/server/db';
import { memoryBeadsSql } from './memory-beads';

// Memory statistics for the project dashboard (issue 15, item 4). The memory is the project's approved beads not
// labelled `exclude-from-tm` (`memoryBeadsSql`, as on the terminology page). The unit count is exact; growth places
// each bead in the week (Monday, UTC) of its latest `approve` ReviewDecision, reading only the approvals of the
// weeks shown — beads approved without one (none today: reviews and approve-all both write a row) are counted in
// `units` only. Words and top terms are read from the newest MAX_BEADS beads, the same bound as the terminology
// analysis, so a dashboard load does not grow with the memory (decision 047): beyond it, words are estimated from
// those beads (their words per unit times the units) and the answer says so.

export const MEMORY_WEEKS = 12;
export const TOP_TERMS = 10;

export interface MemoryStats {
  /** Approved beads that go into the memory. */
  units: number;
  /** Words on each side: Korean counts whitespace-separated tokens (eojeol), other languages letter/digit words. */
  words: { lang: string; words: number }[];
  /** Units whose words were counted (the newest); when fewer than `units`, `words` are an estimate from them. */
  wordsRead: number;
  /** Units approved per week, oldest first; `week` is the Monday (UTC) that starts it, YYYY-MM-DD. */
  weeks: { week: string; units: number }[];
  /** The most frequent Korean terms: in how many units each occurs. */
  topTerms: { term: string; units: number }[];
  /** Units read for the top terms (newest first); `truncated` when the memory has more. */
  termsRead: number;
  truncated: boolean;
}

/** The Mondays (UTC) that start the last `count` weeks, oldest first; the last is this week's. */
export function weekKeys(count: number, now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return Array.from({ length: count }, (_, i) => new Date(monday - (count - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));
}

/**
 * Units per week (`keys` as `weekKeys` gives them): each memory unit in the week of its latest approval. Bounded by
 * the weeks shown: it starts from the approvals since the first week (an index range per document of the project,
 * ReviewDecision(documentId, createdAt)), so older approvals are never read. A unit with a later approval has
 * its latest among these; one without is before the chart. `client` is a transaction's in the test that counts reads.
 */
export async function memoryGrowth(
  projectId: string,
  keys: string[],
  client: Pick<Prisma.TransactionClient, '$queryRaw'> = db,
): Promise<{ week: string; units: number }[]> {
  return client.$queryRaw<{ week: string; units: number }[]>(Prisma.sql`
    SELECT to_char(date_trunc('week', a."at"), 'YYYY-MM-DD') AS "week", count(*)::int AS "units"
    FROM (
      SELECT max(r."createdAt") AS "at"
      FROM "ReviewDecision" r
      JOIN "Document" d ON d."id" = r."documentId"
      JOIN "Bead" b ON b."id" = r."beadId" AND b."documentId" = r."documentId"
      WHERE ${memoryBeadsSql(projectId)} AND r."decision" = 'approve' AND r."createdAt" >= ${keys[0]}::timestamp
      GROUP BY b."id"
    ) a
    GROUP BY 1`);
}

/** A word pattern for PostgreSQL's regexp_count: eojeol for Korean (spaces delimit them), letter/digit runs otherwise. */
const wordPattern = (lang: string) => (isKorean(lang) ? '\\S+' : "[[:alnum:]]+(['’.,][[:alnum:]]+)*");

const isKorean = (lang: string) => lang.toLowerCase().startsWith('ko');

export async function memoryStats(
  project: { id: string; sourceLang: string; targetLang: string },
  options: { now?: Date; maxBeads?: number } = {},
): Promise<MemoryStats> {
  const keys = weekKeys(MEMORY_WEEKS, options.now ?? new Date());
  const maxBeads = options.maxBeads ?? MAX_BEADS;
  // Top terms come from the Korean side, whichever it is; a project with none has no top terms.
  const koreanSide = isKorean(project.sourceLang) ? 'sourceIds' : isKorean(project.targetLang) ? 'targetIds' : null;
  const memory = memoryBeadsSql(project.id);
  const words = (side: 'sourceIds' | 'targetIds', lang: string) =>
    Prisma.sql`coalesce((SELECT sum(regexp_count(s."text", ${wordPattern(lang)})) FROM "Segment" s WHERE s."id" = ANY(b.${Prisma.raw(`"${side}"`)})), 0)::int`;
  const [[totals], weeks, newest] = await Promise.all([
    db.$queryRaw<{ units: number }[]>(Prisma.sql`
      SELECT count(*)::int AS "units" FROM "Bead" b JOIN "Document" d ON d."id" = b."documentId" WHERE ${memory}`),
    memoryGrowth(project.id, keys),
    // The newest beads are chosen first, and only their segments are read.
    db.$queryRaw<{ text: string; sourceWords: number; targetWords: number }[]>(Prisma.sql`
      SELECT ${
        koreanSide
          ? Prisma.sql`coalesce((SELECT string_agg(s."text", ' ' ORDER BY s."position") FROM "Segment" s WHERE s."id" = ANY(b.${Prisma.raw(`"${koreanSide}"`)})), '')`
          : Prisma.sql`''`
      } AS "text",
        ${words('sourceIds', project.sourceLang)} AS "sourceWords",
        ${words('targetIds', project.targetLang)} AS "targetWords"
      FROM (
        SELECT b."sourceIds", b."targetIds", d."createdAt", b."position"
        FROM "Bead" b JOIN "Document" d ON d."id" = b."documentId"
        WHERE ${memory}
        ORDER BY d."createdAt" DESC, b."position"
        LIMIT ${maxBeads + 1}
      ) b
      ORDER BY b."createdAt" DESC, b."position"`),
  ]);
  const read = newest.slice(0, maxBeads);
  const more = newest.length > maxBeads;
  const units = totals?.units ?? 0;
  // Beyond the bound, the words per unit of the newest units, times the units.
  const total = (side: 'sourceWords' | 'targetWords') => {
    const counted = read.reduce((sum, row) => sum + row[side], 0);
    return more ? Math.round((counted * Math.max(units, read.length)) / read.length) : counted;
  };
  const texts = koreanSide ? read.map((r) => r.text) : [];
  // Counted on the engine's worker threads (decision 025): about 0.2 s of CPU for 20,000 beads, off the request thread.
  const topTerms = texts.length ? await runEngine({ kind: 'topTerms', texts, limit: TOP_TERMS }) : [];
  return {
    units,
    words: [
      { lang: project.sourceLang, words: total('sourceWords') },
      { lang: project.targetLang, words: total('targetWords') },
    ],
    wordsRead: read.length,
    weeks: keys.map((week) => ({ week, units: weeks.find((w) => w.week === week)?.units ?? 0 })),
    topTerms,
    termsRead: koreanSide ? read.length : 0,
    truncated: koreanSide !== null && more,
  };
}

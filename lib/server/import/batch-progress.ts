import 'server-only';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { ItemText } from '@/lib/import/item-text';
import { ITEM_TEXT_SELECT, itemTexts } from './item-texts';

// Progress of a big batch in one small answer, whatever its size (50,000 items are counted in SQL, not sent):
// totals by status, the rate over the finished items, the time left at that rate, units imported so far by
// running TMX items, and the first failed items with their reasons. For `npm run import` and the progress view.

export const PROGRESS_FAILED_LIST = 50;
/** Seconds of recent work the rate is measured over. */
const RATE_WINDOW_SECONDS = 300;

export interface BatchProgress {
  id: string;
  projectId: string;
  source: string;
  total: number;
  done: number;
  failed: number;
  queued: number;
  running: number;
  /** Units imported so far by TMX items still running (not yet committed). */
  tmxUnits: number;
  /** Items finished per minute over the last five minutes of work; null before any finished. */
  perMinute: number | null;
  /** At that rate; null when unknown or nothing is left. */
  secondsLeft: number | null;
  /** `title` and `error` in English (the CLI prints them); `titleText`/`errorText` as catalog keys for the views. */
  failures: { index: number; title: string; titleText: ItemText | null; error: string | null; errorText: ItemText | null }[];
}

export async function getBatchProgress(actor: SessionUser, batchId: string): Promise<BatchProgress> {
  const batch = await db.importBatch.findUnique({ where: { id: batchId }, select: { id: true, projectId: true, source: true } });
  if (!batch) throw notFound('That batch');
  await projectAccess(actor, batch.projectId, 'project:read');
  const counts = await db.importItem.groupBy({ by: ['status'], where: { batchId }, _count: { _all: true } });
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  // The rate over the last RATE_WINDOW (or since the first claim, if later), so a batch resumed after a pause
  // is not judged by the hours it sat still.
  const [timing] = await db.$queryRaw<{ finished: number; seconds: number | null; units: number }[]>`
    WITH w AS (
      SELECT greatest(now() - ${RATE_WINDOW_SECONDS} * interval '1 second',
                      (SELECT min("startedAt") FROM "ImportItem" WHERE "batchId" = ${batchId} AND "finishedAt" > now() - ${RATE_WINDOW_SECONDS} * interval '1 second')) AS since)
    SELECT count(*) FILTER (WHERE "finishedAt" >= w.since)::int AS finished,
           extract(epoch FROM max("finishedAt") FILTER (WHERE "finishedAt" >= w.since) - w.since)::float8 AS seconds,
           coalesce(sum(progress) FILTER (WHERE status = 'running'), 0)::int AS units
    FROM "ImportItem", w WHERE "batchId" = ${batchId}
    GROUP BY w.since`;
  const failures = await db.importItem.findMany({
    where: { batchId, status: 'failed' },
    orderBy: { index: 'asc' },
    take: PROGRESS_FAILED_LIST,
    select: { index: true, ...ITEM_TEXT_SELECT },
  });
  const done = count('done');
  const failed = count('failed');
  const queued = count('queued');
  const running = count('running');
  const minutes = (timing?.seconds ?? 0) / 60;
  const perMinute = timing && timing.finished > 0 && minutes > 0 ? timing.finished / minutes : null;
  const left = queued + running;
  return {
    ...batch,
    total: done + failed + queued + running,
    done,
    failed,
    queued,
    running,
    tmxUnits: timing?.units ?? 0,
    perMinute,
    secondsLeft: perMinute && left > 0 ? Math.round((left / perMinute) * 60) : null,
    failures: failures.map(({ index, ...texts }) => ({ index, ...itemTexts(texts) })),
  };
}

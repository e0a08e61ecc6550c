// bench:backfill, pairs: a generated archive of PAIRS article pairs (~20 sentences a side) imported with
// `npm run import` into a project that already holds a 100,000-unit memory (as a desk's would, memory first),
// timed from the command's start to its exit, and from the first item's claim to the last item's end.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeArticleFolder } from '../../lib/import/testing/generated-articles';
import { generateTmxFile } from '../../lib/formats/testing/generated-tmx';
import type { BenchRow } from '../lib/results';

export async function benchPairs(url: string, pairs: number, dir: string, workers: number): Promise<BenchRow[]> {
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { db } = await import('../../lib/server/db');
  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, 'Backfill pairs bench');
  const memory = path.join(dir, 'memory.tmx');
  await generateTmxFile(memory, 100_000);
  const env = { ...process.env, DATABASE_URL: url };
  const cli = ['tsx', '--conditions=react-server', 'scripts/import.ts', '--project', project.id, '--workers', String(workers)];
  execFileSync('npx', [...cli, memory], { env, stdio: 'ignore' });
  const folder = path.join(dir, 'archive');
  writeArticleFolder(folder, pairs);
  const started = performance.now();
  const run = spawnSync('npx', [...cli, folder], { env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run import exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const [span] = await db.$queryRaw<{ seconds: number; done: number }[]>`
    SELECT extract(epoch FROM max(item."finishedAt") - min(item."startedAt"))::float8 AS seconds, count(*)::int AS done
    FROM "ImportItem" item JOIN "ImportBatch" batch ON batch.id = item."batchId"
    WHERE batch."projectId" = ${project.id} AND item.status = 'done' AND item.input->>'kind' = 'files'`;
  const perMinute = Math.round((pairs / seconds) * 60);
  const jobsPerMinute = Math.round((span.done / span.seconds) * 60);
  console.log(
    `${pairs} pairs, ${workers} workers: ${seconds.toFixed(1)} s end to end (${perMinute}/min); jobs alone ${span.seconds.toFixed(1)} s (${jobsPerMinute}/min)`,
  );
  return [
    {
      what: `npm run import of ${pairs.toLocaleString('en')} article pairs (~20 sentences a side) into a project holding a 100,000-unit memory, ${workers} workers`,
      figure: `${perMinute.toLocaleString('en')} pairs/min end to end (${seconds.toFixed(0)} s, reading the folder included); jobs ${jobsPerMinute.toLocaleString('en')} pairs/min`,
      command: `npm run bench:backfill -- pairs ${pairs}`,
    },
  ];
}

// bench:backfill, pairs: a generated archive of PAIRS article pairs (~20 sentences a side) imported with
// `npm run import` into a project that already holds a 100,000-unit memory (as a desk's would, memory first),
// timed from the command's start to its exit, and from the first item's claim to the last item's end.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeArticleFolder } from '../../lib/import/testing/generated-articles';
import { generateTmxFile } from '../../lib/formats/testing/generated-tmx';
import type { BenchRow } from '../lib/results';
import { backendCpu } from './cpu-seconds';

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
  // CPU seconds (decision 048): the command's process tree (npx → tsx → node, read as waited-for children of a
  // shell) and the PostgreSQL backends of the bench's database, sampled while it runs.
  const errors = path.join(dir, 'import.err');
  const backends = backendCpu();
  const sample = async () =>
    backends.sample(
      (await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`).map((r) => r.pid),
    );
  await sample();
  const started = performance.now();
  const load = os.loadavg()[0];
  const child = spawn('bash', ['-c', `"$@" 2>"${errors}"; status=$?; times >&2; exit $status`, 'import', 'npx', ...cli, folder], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const sampler = setInterval(() => void sample(), 1000);
  const [status] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  await sample();
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`npm run import exited ${status}: ${fs.readFileSync(errors, 'utf8').slice(-2000)}`);
  // `times`: the shell's own line, then its children's user and system time ("0m10.148s 0m2.003s").
  const childTimes = stderr
    .trim()
    .split('\n')
    .pop()!
    .match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  const nodeCpu = childTimes
    ? 60 * Number(childTimes[1]) + Number(childTimes[2]) + 60 * Number(childTimes[3]) + Number(childTimes[4])
    : NaN;
  const dbCpu = backends.seconds();
  const [span] = await db.$queryRaw<{ seconds: number; done: number }[]>`
    SELECT extract(epoch FROM max(item."finishedAt") - min(item."startedAt"))::float8 AS seconds, count(*)::int AS done
    FROM "ImportItem" item JOIN "ImportBatch" batch ON batch.id = item."batchId"
    WHERE batch."projectId" = ${project.id} AND item.status = 'done' AND item.input->>'kind' = 'files'`;
  const perMinute = Math.round((pairs / seconds) * 60);
  const jobsPerMinute = Math.round((span.done / span.seconds) * 60);
  const cpu = `CPU per 100 pairs: ${((nodeCpu / pairs) * 100).toFixed(1)} s Node (start-up included) + ${((dbCpu / pairs) * 100).toFixed(1)} s PostgreSQL`;
  console.log(
    `${pairs} pairs, ${workers} workers: ${seconds.toFixed(1)} s end to end (${perMinute}/min); jobs alone ${span.seconds.toFixed(1)} s (${jobsPerMinute}/min); ${cpu}; load ${load.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`,
  );
  return [
    {
      what: `npm run import of ${pairs.toLocaleString('en')} article pairs (~20 sentences a side) into a project holding a 100,000-unit memory, ${workers} workers`,
      figure: `${perMinute.toLocaleString('en')} pairs/min end to end (${seconds.toFixed(0)} s, reading the folder included); jobs ${jobsPerMinute.toLocaleString('en')} pairs/min; ${cpu}; load ${load.toFixed(1)}`,
      command: `npm run bench:backfill -- pairs ${pairs}`,
    },
  ];
}

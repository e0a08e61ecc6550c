// One TMX import in its own process, so its peak RSS is the import's alone (the kernel's high-water mark,
// VmHWM, not a sampled guess): tsx --conditions=react-server bench/backfill/tmx-import-child.ts DATABASE_URL FILE
// → prints {"imported","seconds","startRssMb","peakRssMb","nodeCpuSeconds","dbCpuSeconds"} (startRssMb: the
// high-water mark before the import). CPU seconds do not depend on what else the machine runs (decision 048):
// this process's user+system time, and that of the PostgreSQL backends serving the bench's own database (read
// from /proc, as the server runs on this machine; its shared writer processes are not counted).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
import { backendCpu } from './cpu-seconds';
import { runBench } from '../lib/run-bench';

function peakRssMb(): number {
  const line = fs.readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
  return line ? Math.round(Number(line[1]) / 1024) : Math.round(process.memoryUsage().rss / 1024 / 1024);
}

async function main(): Promise<void> {
  const [url, file] = process.argv.slice(2);
  if (!url || !file) throw new Error('usage: tmx-import-child.ts DATABASE_URL FILE');
  env.DATABASE_URL = url;
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { importTmx } = await import('../../lib/server/import/import-tmx');
  const { db, closeBulkPool } = await import('../../lib/server/db');
  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, 'Backfill bench');
  // Backends of this database, seen from time to time while the import runs (the bulk connection opens with it).
  const backends = backendCpu();
  const sampleBackends = async () =>
    backends.sample(
      (await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`).map((r) => r.pid),
    );
  await sampleBackends();
  const startRssMb = peakRssMb();
  const cpuBefore = process.cpuUsage();
  const t = performance.now();
  const sampler = setInterval(() => void sampleBackends(), 500);
  const result = await importTmx(owner, {
    projectId: project.id,
    body: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    fileName: 'bench.tmx',
  });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  await sampleBackends();
  const dbCpuSeconds = backends.seconds();
  await db.$disconnect();
  await closeBulkPool();
  process.stdout.write(
    `${JSON.stringify({
      imported: result.imported,
      seconds,
      startRssMb,
      peakRssMb: peakRssMb(),
      nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
      dbCpuSeconds,
    })}\n`,
  );
}

runBench(main);

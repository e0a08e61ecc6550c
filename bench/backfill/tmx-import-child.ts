// One TMX import in its own process, so its peak RSS is the import's alone (the kernel's high-water mark,
// VmHWM, not a sampled guess): tsx --conditions=react-server bench/backfill/tmx-import-child.ts DATABASE_URL FILE
// → prints {"imported","seconds","startRssMb","peakRssMb"} (startRssMb: the high-water mark before the import).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';

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
  const startRssMb = peakRssMb();
  const t = performance.now();
  const result = await importTmx(owner, {
    projectId: project.id,
    body: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    fileName: 'bench.tmx',
  });
  const seconds = (performance.now() - t) / 1000;
  await db.$disconnect();
  await closeBulkPool();
  process.stdout.write(`${JSON.stringify({ imported: result.imported, seconds, startRssMb, peakRssMb: peakRssMb() })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

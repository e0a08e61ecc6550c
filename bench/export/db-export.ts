// Benchmark: a 100,000-unit project through the real database — TMX import, then streaming export in each
// format — with time to first byte, total time and peak RSS. Run: npm run bench:export-db [-- UNITS]
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { writeBenchResult } from '../lib/results';
import { seedProject } from './seed-project';
import { runBench } from '../lib/run-bench';

const units = Number(process.argv[2] ?? 100_000);
let peakRss = 0;
// Unref'd: sampling never keeps the process alive once the bench is done.
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20).unref();
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench');
  env.DATABASE_URL = database.url;
  const { exportProject, exportQuerySchema } = await import('../../lib/server/export/export-documents');
  const { loadActiveUser } = await import('../../lib/server/auth/load-user');
  const { db } = await import('../../lib/server/db');

  peakRss = 0;
  const seeded = await seedProject({ units, projectName: 'Bench project', withMeta: false });
  const importSeconds = seeded.importSeconds;
  const owner = (await loadActiveUser(seeded.ownerId))!;
  const project = { id: seeded.projectId };
  console.log(
    `TMX import: ${seeded.imported.toLocaleString('en')} units (${mb(seeded.tmxChars)}) in ${importSeconds.toFixed(2)} s, peak RSS ${mb(peakRss)}`,
  );

  console.log('\n| format | units | first byte | total | output | RSS at start → peak |\n|---|---|---|---|---|---|');
  const exports: { format: string; seconds: number; firstMs: number }[] = [];
  for (const format of ['tmx', 'xliff', 'tsv', 'jsonl'] as const) {
    (globalThis as { gc?: () => void }).gc?.(); // measure the export, not the import's garbage
    peakRss = process.memoryUsage().rss;
    const startRss = peakRss;
    const t = performance.now();
    const file = await exportProject(owner, { projectId: project.id, query: exportQuerySchema.parse({ format }) });
    let first = 0;
    let bytes = 0;
    for await (const chunk of file.chunks) {
      if (!first) first = performance.now() - t;
      bytes += Buffer.byteLength(chunk);
    }
    const total = performance.now() - t;
    console.log(
      `| ${format} | ${units.toLocaleString('en')} | ${first.toFixed(0)} ms | ${(total / 1000).toFixed(2)} s | ${mb(bytes)} | ${mb(startRss)} → ${mb(peakRss)} |`,
    );
    exports.push({ format: format.toUpperCase(), seconds: total / 1000, firstMs: first });
  }
  const n = units.toLocaleString('en');
  writeBenchResult('export-db', [
    { what: `TMX import, ${n} units`, figure: `${importSeconds.toFixed(1)} s` },
    {
      what: `project export, ${n} units`,
      figure: `${exports.map((e) => `${e.format} ${e.seconds.toFixed(1)} s`).join(', ')}; first byte ≤ ${(Math.max(...exports.map((e) => e.firstMs)) / 1000).toFixed(1)} s`,
    },
  ]);
  await db.$disconnect();
  await database.stop();
}

runBench(main);

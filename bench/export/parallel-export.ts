// Benchmark (issue 10 item 8): 50 parallel project exports of a 50,000-unit project through the real database,
// each read through the HTTP response stream the API returns, with peak RSS of this process.
// Run: npm run bench:export-parallel [-- UNITS PARALLEL FORMAT]     (target: peak RSS under 700 MB)
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeBenchResult } from '../lib/results';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import type { SeededProject } from './seed-project';
import { runBench } from '../lib/run-bench';

const seedScript = fileURLToPath(new URL('./seed-project.ts', import.meta.url));

const units = Number(process.argv[2] ?? 50_000);
const parallel = Number(process.argv[3] ?? 50);
const format = (process.argv[4] ?? 'tmx') as 'tmx' | 'xliff' | 'tsv' | 'jsonl';
let peakRss = 0;
let peakHeap = 0;
// Unref'd: sampling never keeps the process alive once the bench is done.
setInterval(() => {
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  peakHeap = Math.max(peakHeap, memory.heapUsed);
}, 10).unref();
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  const database = await freshTestDatabase(`bitext_bench_parallel_export_${process.pid}`); // others may run it too
  env.DATABASE_URL = database.url;
  // Seeded by a child process: the exporting process starts like a server that did not just parse a 20 MB TMX.
  const seeded = JSON.parse(
    execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', seedScript, database.url, String(units), '--meta', 'Parallel export bench'],
      { encoding: 'utf8' },
    ),
  ) as SeededProject;
  const { exportProject, exportQuerySchema, exportResponse } = await import('../../lib/server/export/export-documents');
  const { loadActiveUser } = await import('../../lib/server/auth/load-user');
  const { db } = await import('../../lib/server/db');
  const owner = (await loadActiveUser(seeded.ownerId))!;
  const project = { id: seeded.projectId };
  await db.document.count(); // connect before measuring
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const startRss = process.memoryUsage().rss;
  peakRss = startRss;
  peakHeap = process.memoryUsage().heapUsed;
  const startHeap = peakHeap;
  const t = performance.now();
  const sizes = await Promise.all(
    Array.from({ length: parallel }, async () => {
      const response = exportResponse(await exportProject(owner, { projectId: project.id, query: exportQuerySchema.parse({ format }) }));
      const reader = response.body!.getReader();
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return bytes;
        bytes += value.byteLength;
      }
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `| exports | units each | format | output each | total time | RSS before → peak | JS heap before → peak | load average |\n|---|---|---|---|---|---|---|---|`,
  );
  console.log(
    `| ${parallel} | ${units.toLocaleString('en')} | ${format} | ${mb(sizes[0])} | ${seconds.toFixed(1)} s | ${mb(startRss)} → ${mb(peakRss)} | ${mb(startHeap)} → ${mb(peakHeap)} | ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} |`,
  );
  writeBenchResult('export-parallel', [
    {
      what: `${parallel} parallel project exports, ${units.toLocaleString('en')} units each (${format.toUpperCase()})`,
      figure: `peak RSS ${mb(peakRss)} from ${mb(startRss)} (JS heap peak ${mb(peakHeap)}), ${seconds.toFixed(1)} s`,
      command: `npm run bench:export-parallel -- ${units} ${parallel} ${format}`,
    },
  ]);
  if (new Set(sizes).size !== 1) throw new Error(`exports differ in size: ${[...new Set(sizes)].join(', ')} bytes`);
  await db.$disconnect();
  await dropDatabase(database.url);
  await database.stop();
}

async function dropDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

runBench(main);

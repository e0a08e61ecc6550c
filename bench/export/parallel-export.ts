// Benchmark (issue 10 item 8): 50 parallel project exports of a 50,000-unit project through the real database,
// each read through the HTTP response stream the API returns, with peak RSS of this process.
// Run: npm run bench:export-parallel [-- UNITS PARALLEL FORMAT]     (target: peak RSS under 700 MB)
import { performance } from 'node:perf_hooks';
import { writeBenchResult } from '../lib/results';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';

const units = Number(process.argv[2] ?? 50_000);
const parallel = Number(process.argv[3] ?? 50);
const format = (process.argv[4] ?? 'tmx') as 'tmx' | 'xliff' | 'tsv' | 'jsonl';
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_parallel_export');
  env.DATABASE_URL = database.url;
  const { writeTmx } = await import('../../lib/formats/tmx-writer');
  const { collectChunks } = await import('../../lib/formats/chunked-output');
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { importTmx } = await import('../../lib/server/import/import-tmx');
  const { exportProject, exportQuerySchema, exportResponse } = await import('../../lib/server/export/export-documents');
  const { db } = await import('../../lib/server/db');

  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, 'Parallel export bench');
  const now = new Date();
  function* sample() {
    for (let i = 0; i < units; i += 1) {
      yield {
        tuid: `u${i}`, sourceText: `서울시는 ${i}번째 문장에서 새 정책을 발표했다고 ${i % 28}일 밝혔다.`, targetText: `Seoul announced new policy number ${i} on the ${i % 28}th, the city said.`,
        sourceLang: 'ko-KR', targetLang: 'en-US', created: now, changed: now, creator: 'bench', changer: 'bench', status: 'approved' as const, confidence: null, notes: ['bench note'], props: { 'x-origin': 'bench' },
      };
    }
  }
  await importTmx(owner, { projectId: project.id, body: await collectChunks(writeTmx(sample(), { srclang: 'ko-KR', creationToolVersion: 'bench' })), fileName: 'bench.tmx' });
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const startRss = process.memoryUsage().rss;
  peakRss = startRss;
  const t = performance.now();
  const sizes = await Promise.all(Array.from({ length: parallel }, async () => {
    const response = exportResponse(await exportProject(owner, project.id, exportQuerySchema.parse({ format })));
    const reader = response.body!.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return bytes;
      bytes += value.byteLength;
    }
  }));
  const seconds = (performance.now() - t) / 1000;
  console.log(`| exports | units each | format | output each | total time | RSS before → peak |\n|---|---|---|---|---|---|`);
  console.log(`| ${parallel} | ${units.toLocaleString('en')} | ${format} | ${mb(sizes[0])} | ${seconds.toFixed(1)} s | ${mb(startRss)} → ${mb(peakRss)} |`);
  writeBenchResult('export-parallel', [{
    what: `${parallel} parallel project exports, ${units.toLocaleString('en')} units each (${format.toUpperCase()})`,
    figure: `peak RSS ${mb(peakRss)} from ${mb(startRss)}, ${seconds.toFixed(1)} s`,
    command: `npm run bench:export-parallel -- ${units} ${parallel} ${format}`,
  }]);
  await db.$disconnect();
  await database.stop();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => clearInterval(sampler));

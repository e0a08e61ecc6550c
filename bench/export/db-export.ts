// Benchmark: a 100,000-unit project through the real database — TMX import, then streaming export in each
// format — with time to first byte, total time and peak RSS. Run: npm run bench:export-db [-- UNITS]
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { writeBenchResult } from '../lib/results';

const units = Number(process.argv[2] ?? 100_000);
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench');
  env.DATABASE_URL = database.url;
  const { writeTmx } = await import('../../lib/formats/tmx-writer');
  const { collectChunks } = await import('../../lib/formats/chunked-output');
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { importTmx } = await import('../../lib/server/import/import-tmx');
  const { exportProject, exportQuerySchema } = await import('../../lib/server/export/export-documents');
  const { db } = await import('../../lib/server/db');

  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, 'Bench project');
  const now = new Date();
  function* sample() {
    for (let i = 0; i < units; i += 1) {
      yield {
        tuid: `u${i}`, sourceText: `서울시는 ${i}번째 문장에서 새 정책을 발표했다고 ${i % 28}일 밝혔다.`, targetText: `Seoul announced new policy number ${i} on the ${i % 28}th, the city said.`,
        sourceLang: 'ko-KR', targetLang: 'en-US', created: now, changed: now, creator: 'bench', changer: 'bench', status: 'approved' as const, confidence: null, notes: [], props: {},
      };
    }
  }
  const tmx = await collectChunks(writeTmx(sample(), { srclang: 'ko-KR', creationToolVersion: 'bench' }));
  peakRss = 0;
  let t = performance.now();
  const imported = await importTmx(owner, { projectId: project.id, body: new TextEncoder().encode(tmx), fileName: 'bench.tmx' });
  const importSeconds = (performance.now() - t) / 1000;
  console.log(`TMX import: ${imported.imported.toLocaleString('en')} units (${mb(tmx.length)}) in ${((performance.now() - t) / 1000).toFixed(2)} s, peak RSS ${mb(peakRss)}`);

  console.log('\n| format | units | first byte | total | output | RSS at start → peak |\n|---|---|---|---|---|---|');
  const exports: { format: string; seconds: number; firstMs: number }[] = [];
  for (const format of ['tmx', 'xliff', 'tsv', 'jsonl'] as const) {
    (globalThis as { gc?: () => void }).gc?.(); // measure the export, not the import's garbage
    peakRss = process.memoryUsage().rss;
    const startRss = peakRss;
    t = performance.now();
    const file = await exportProject(owner, project.id, exportQuerySchema.parse({ format }));
    let first = 0;
    let bytes = 0;
    for await (const chunk of file.chunks) {
      if (!first) first = performance.now() - t;
      bytes += Buffer.byteLength(chunk);
    }
    const total = performance.now() - t;
    console.log(`| ${format} | ${units.toLocaleString('en')} | ${first.toFixed(0)} ms | ${(total / 1000).toFixed(2)} s | ${mb(bytes)} | ${mb(startRss)} → ${mb(peakRss)} |`);
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

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => clearInterval(sampler));

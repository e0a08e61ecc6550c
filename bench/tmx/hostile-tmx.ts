// Benchmark (issue 9 item 4): the worst TMX files we can build under the 200 MB upload limit, imported through
// the real use case into the real database, while an unrelated request (listing the caller's projects: one
// database query) runs every 50 ms on the same process. Reports the import time or refusal, the worst latency
// of the unrelated request, and the longest event-loop stall (perf_hooks.monitorEventLoopDelay).
// Run: npm run bench:hostile-tmx [-- MEGABYTES VARIANT...]   variants: fat-tu, max-tuvs, max-units, deep
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { writeBenchResult, type BenchRow } from '../lib/results';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

const megabytes = Number(process.argv[2] ?? 199);
const wanted = process.argv.slice(3);
const targetBytes = megabytes * 1024 * 1024;

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="ko-KR" datatype="plaintext" segtype="sentence" o-tmf="bench" adminlang="en" creationtool="bench" creationtoolversion="1"/><body>\n';
const TAIL = '</body></tmx>\n';

/** Repeats `unit(i)` until the file would pass the target size; returns the chunks (strings) of the file. */
function build(unit: (i: number) => string, maxUnits = Number.MAX_SAFE_INTEGER): string[] {
  const chunks = [HEAD];
  let size = HEAD.length + TAIL.length;
  for (let i = 0; i < maxUnits; i++) {
    const text = unit(i);
    if (size + text.length > targetBytes) break;
    chunks.push(text);
    size += text.length;
  }
  chunks.push(TAIL);
  return chunks;
}

const tuv = (lang: string, text: string) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`;
const LANGS = ['ko-KR', 'en-US', 'ja-JP', 'zh-CN', 'fr-FR', 'de-DE', 'es-ES', 'it-IT'];

const variants: Record<string, () => string[]> = {
  // The reported attack: one <tu> with as many <tuv> as fit (40,000 in 1.4 MB took 20 s before).
  'fat-tu': () => {
    const parts = build((i) => tuv(LANGS[i % LANGS.length], `s${i}`));
    return [parts[0], '<tu>', ...parts.slice(1, -1), '</tu>', parts[parts.length - 1]];
  },
  // Every <tu> at the <tuv> cap (256): the most language matching per byte that the reader accepts.
  'max-tuvs': () =>
    build((i) => `<tu tuid="t${i}">${Array.from({ length: 256 }, (_, j) => tuv(j < 2 ? LANGS[j] : `x-${j}`, `s${j}`)).join('')}</tu>\n`),
  // 200,000 units (the importer's cap until decision 037 streamed it), each with notes, props and attributes filling the file.
  'max-units': () => {
    const per = Math.floor(targetBytes / 200_000) - 200;
    const note = 'n'.repeat(Math.max(0, Math.min(per / 2, 9_000)));
    return build(
      (i) =>
        `<tu tuid="u${i}" creationid="bench"><note>${note}</note><prop type="x-p">${'p'.repeat(Math.max(0, Math.min(per / 2, 9_000)))}</prop>${tuv('ko-KR', `서울 ${i}`)}${tuv('en-US', `Seoul ${i}`)}</tu>\n`,
      200_000,
    );
  },
  // Inline codes nested to the depth cap inside every segment.
  deep: () => build((i) => `<tu>${tuv('ko-KR', `${'<hi>'.repeat(58)}서울 ${i}${'</hi>'.repeat(58)}`)}${tuv('en-US', `Seoul ${i}`)}</tu>\n`),
};

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_hostile_tmx');
  env.DATABASE_URL = database.url;
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { importTmx } = await import('../../lib/server/import/import-tmx');
  const { listMyProjects } = await import('../../lib/server/projects/manage-projects');
  const { toAppError } = await import('../../lib/server/errors');
  const { db } = await import('../../lib/server/db');
  const owner = await makeUser({ name: 'Bench' });

  console.log(
    '| file | size | outcome | import time | unrelated request: median / worst | longest event-loop stall |\n|---|---|---|---|---|---|',
  );
  const rows: BenchRow[] = [];
  for (const name of wanted.length ? wanted : Object.keys(variants)) {
    const parts = variants[name]();
    const bytes = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
    const project = await makeProject(owner, {}, `Hostile ${name}`);
    (globalThis as { gc?: () => void }).gc?.();

    const latencies: number[] = [];
    let importing = true;
    const probe = (async () => {
      while (importing) {
        const t = performance.now();
        await listMyProjects(owner);
        latencies.push(performance.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const t = performance.now();
    let outcome: string;
    try {
      const body = (async function* () {
        for (const part of parts) yield new TextEncoder().encode(part);
      })();
      const result = await importTmx(owner, { projectId: project.id, body, fileName: `${name}.tmx` });
      outcome = `imported ${result.imported.toLocaleString('en')}, skipped ${result.skipped.toLocaleString('en')}`;
    } catch (error) {
      const known = toAppError(error);
      outcome = known ? `${known.status}: ${known.message.slice(0, 90)}` : `crash: ${String(error).slice(0, 90)}`;
    }
    const seconds = (performance.now() - t) / 1000;
    importing = false;
    await probe;
    loop.disable();
    const median = latencies.length ? percentile(latencies, 50) : 0;
    const worst = latencies.length ? Math.max(...latencies) : 0;
    console.log(
      `| ${name} | ${(bytes / 1024 / 1024).toFixed(1)} MB | ${outcome} | ${seconds.toFixed(1)} s | ${median.toFixed(0)} ms / ${worst.toFixed(0)} ms (${latencies.length} requests) | ${(loop.max / 1e6).toFixed(0)} ms |`,
    );
    rows.push({
      what: `hostile TMX "${name}", ${(bytes / 1024 / 1024).toFixed(0)} MB, with an unrelated request every 50 ms`,
      figure: `${outcome} in ${seconds.toFixed(1)} s; unrelated request median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms`,
      command: `npm run bench:hostile-tmx -- ${(bytes / 1024 / 1024).toFixed(0)} ${name}`,
    });
  }
  if (rows.length) writeBenchResult('hostile-tmx', rows);
  await db.$disconnect();
  await database.stop();
}

runBench(main);

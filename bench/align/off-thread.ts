// Benchmark (issue 9 item 4, decision 025): latency of an unrelated request (listing the caller's projects: one
// database query) every 20 ms while a large article pair is aligned, once with the engine on the request
// thread (the old path: autoAlign called directly) and once through createDocument, whose engine runs on a
// worker thread. Reports alignment time, the unrelated request's median and worst latency, and the longest
// event-loop stall (the widest gap between ticks of a 10 ms interval).
// Run: npm run bench:align-off-thread [-- SENTENCES]   (default 6,000 sentences a side)
import { performance } from 'node:perf_hooks';
import { percentile } from '../lib/percentile';
import { writeBenchResult, type BenchRow } from '../lib/results';
import { runBench } from '../lib/run-bench';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';

const sentences = Number(process.argv[2] ?? 6000);

function pair(n: number): { source: string; target: string } {
  const source: string[] = [];
  const target: string[] = [];
  for (let i = 0; i < n; i += 1) {
    source.push(`서울시는 화요일 ${i}번째 회의에 시민 ${i * 7 + 3}명이 참석했다고 밝혔다.`);
    target.push(`Seoul officials said ${i * 7 + 3} citizens attended meeting number ${i} on Tuesday.`);
    if (i % 5 === 4) {
      source.push('');
      target.push('');
    }
  }
  return { source: source.join('\n'), target: target.join('\n') };
}

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_align_off_thread');
  env.DATABASE_URL = database.url;
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { autoAlign } = await import('../../lib/server/documents/auto-align');
  const { pairPlausibility } = await import('../../lib/import/pair-plausibility');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const { listMyProjects } = await import('../../lib/server/projects/manage-projects');
  const { enginePool } = await import('../../lib/server/align/run-engine');
  const { db } = await import('../../lib/server/db');
  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, 'Off-thread bench');
  const { source, target } = pair(sentences);
  await enginePool().run({ kind: 'buildLexicon', options: { srcLang: 'ko', tgtLang: 'en', builtin: false } }); // start the worker first

  const modes: Record<string, () => Promise<unknown>> = {
    'request thread (before)': async () => {
      const a = autoAlign({ sourceText: source, targetText: target, sourceLang: 'ko', targetLang: 'en' });
      return pairPlausibility({
        source: a.source.map((s) => s.text),
        target: a.target.map((s) => s.text),
        sourceLang: 'ko',
        targetLang: 'en',
      });
    },
    'worker thread (now)': () =>
      createDocument(owner, { projectId: project.id, title: 'Large pair', sourceText: source, targetText: target }),
  };
  const rows: BenchRow[] = [];
  console.log('| engine on | alignment | unrelated request: median / worst | longest event-loop stall |\n|---|---|---|---|');
  for (const [mode, run] of Object.entries(modes)) {
    const latencies: number[] = [];
    let running = true;
    const probe = (async () => {
      while (running) {
        const t = performance.now();
        await listMyProjects(owner);
        latencies.push(performance.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    let lastTick = performance.now();
    let stall = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - lastTick);
      lastTick = now;
    }, 10);
    const t = performance.now();
    await run();
    const seconds = (performance.now() - t) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the ticker see a stall that just ended
    clearInterval(ticker);
    running = false;
    await probe;
    const median = latencies.length ? percentile(latencies, 50) : 0;
    const worst = latencies.length ? Math.max(...latencies) : 0;
    console.log(
      `| ${mode} | ${seconds.toFixed(1)} s | ${median.toFixed(0)} ms / ${worst.toFixed(0)} ms (${latencies.length} requests) | ${stall.toFixed(0)} ms |`,
    );
    rows.push({
      what: `unrelated request while a ${sentences.toLocaleString('en')}-sentence pair aligns, engine on the ${mode}`,
      figure: `alignment ${seconds.toFixed(1)} s; unrelated request median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms; longest event-loop stall ${stall.toFixed(0)} ms`,
      command: `npm run bench:align-off-thread -- ${sentences}`,
    });
  }
  writeBenchResult('align-off-thread', rows);
  await enginePool().close();
  await db.$disconnect();
  await database.stop();
}

runBench(main);

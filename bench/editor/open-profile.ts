// Where opening a 2,000-bead document goes: bytes on the wire (the page's HTML with its inline RSC payload, the
// API's JSON; plain, gzip and brotli), the browser's timeline, and the heaviest functions in a CPU profile of one
// open. Against the production build: npm run build && npx tsx bench/editor/open-profile.ts
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { apiToken, BASE, createBenchDocument, EDITOR, get, rscPayload, startServer, stopServer } from './bench-server';
import { percentile } from '../lib/percentile';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../e2e/chromium-launch';
import { runBench } from '../lib/run-bench';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** CPU time (user + system, ms) of every process in a process group: the server's CPU, whatever the machine's load. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name (which may hold spaces): state is 3, pgrp 5, utime 14, stime 15.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const { auth, projectId } = await apiToken();
    const { id, beads } = await createBenchDocument(auth, projectId);
    console.log(`document ${id}: ${beads} beads`);
    const api = `/api/v1/documents/${id}`;
    for (const enc of ['identity', 'gzip', 'br']) {
      const r = await get(api, { Authorization: auth.Authorization, 'Accept-Encoding': enc });
      console.log(`GET ${api} [${enc}]: ${kb(r.wire)} on the wire (${r.encoding}), ${kb(r.body.length)} decoded, ${r.ms.toFixed(0)} ms`);
    }

    const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${BASE}/signin`);
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/projects/);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const path = `/projects/${projectId}/documents/${id}`;
    for (const enc of ['identity', 'gzip', 'br']) {
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof get>> | null = null;
      for (let i = 0; i < 5; i += 1) {
        last = await get(path, { Cookie: cookie, 'Accept-Encoding': enc });
        times.push(last.ms);
      }
      if (!last) throw new Error('no answer');
      const html = last.body.toString('utf8');
      const rsc = rscPayload(html);
      console.log(
        `page HTML [${enc}]: ${kb(last.wire)} on the wire (${last.encoding}), ${kb(last.body.length)} decoded, of which RSC payload ${kb(Buffer.byteLength(rsc))}; server p50 ${percentile(times, 50).toFixed(0)} ms`,
      );
    }
    for (const [name, target, headers] of [
      ['page (gzip)', path, { Cookie: cookie, 'Accept-Encoding': 'gzip' }],
      ['API GET (gzip)', api, { Authorization: auth.Authorization, 'Accept-Encoding': 'gzip' }],
      ['API GET ?format=compact (gzip)', `${api}?format=compact`, { Authorization: auth.Authorization, 'Accept-Encoding': 'gzip' }],
    ] as const) {
      const before = groupCpuMs(server.pid ?? 0);
      let wire = 0;
      for (let i = 0; i < 10; i += 1) wire = (await get(target, headers)).wire;
      console.log(`server CPU per ${name}: ${((groupCpuMs(server.pid ?? 0) - before) / 10).toFixed(0)} ms (${kb(wire)} on the wire)`);
    }
    const nav = await get(path, { Cookie: cookie, 'Accept-Encoding': 'gzip', RSC: '1' });
    console.log(`RSC navigation payload: ${kb(nav.wire)} on the wire (${nav.encoding}), ${kb(nav.body.length)} decoded`);

    // The browser's timeline of an open (after a warm-up, so scripts come from the cache as on a second open).
    const rows: Record<string, number[]> = {
      responseStart: [],
      responseEnd: [],
      domContentLoaded: [],
      listShown: [],
      interactive: [],
      rendererMainThreadCpu: [],
      rendererProcessCpu: [],
    };
    const metricsSession = await page.context().newCDPSession(page);
    await metricsSession.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpu = async () => {
      const { metrics } = await metricsSession.send('Performance.getMetrics');
      const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { thread: value('ThreadTime'), process: value('ProcessTime') };
    };
    await page.goto(`${BASE}${path}`);
    await page.getByTestId('bead-list').waitFor();
    for (let i = 0; i < 5; i += 1) {
      const cpuBefore = await cpu();
      const t = performance.now();
      await page.goto(`${BASE}${path}`);
      await page.getByTestId('bead-list').waitFor();
      const listShown = performance.now() - t;
      await page.keyboard.press('j');
      const interactive = performance.now() - t;
      const timing = await page.evaluate(() => {
        const n = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { responseStart: n.responseStart, responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd };
      });
      rows.responseStart.push(timing.responseStart);
      rows.responseEnd.push(timing.responseEnd);
      rows.domContentLoaded.push(timing.domContentLoaded);
      rows.listShown.push(listShown);
      rows.interactive.push(interactive);
      const cpuAfter = await cpu();
      rows.rendererMainThreadCpu.push(cpuAfter.thread - cpuBefore.thread);
      rows.rendererProcessCpu.push(cpuAfter.process - cpuBefore.process);
    }
    console.log(
      Object.entries(rows)
        .map(([k, v]) => `${k} p50 ${percentile(v, 50).toFixed(0)} ms`)
        .join(', '),
    );
    const rendered = await page.locator('[role="option"]').count();
    console.log(`rows in the DOM: ${rendered}`);

    // One open under the CPU profiler: self time by function, the top 25.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${BASE}${path}`);
    await page.getByTestId('bead-list').waitFor();
    await page.keyboard.press('j');
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const dt = new Map<number, number>();
    profile.samples?.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`CPU profile of one open: ${total.toFixed(0)} ms sampled`);
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);

    // One open under Chromium's tracer: main-thread CPU time (tdur, not wall time) by kind of work. Kinds nest
    // (a script's evaluation holds function calls), so the rows overlap; RunTask is the whole.
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'] });
    await page.goto(`${BASE}${path}`);
    await page.getByTestId('bead-list').waitFor();
    await page.keyboard.press('j');
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: { name: string; ph: string; pid: number; tid: number; tdur?: number; dur?: number; args?: { name?: string } }[];
    };
    const main = trace.traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const byName = new Map<string, number>();
    for (const e of trace.traceEvents) {
      if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.tdur === undefined) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.tdur / 1000);
    }
    console.log('main-thread CPU of one open, by kind (ms):');
    for (const [name, ms] of [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`  ${ms.toFixed(1).padStart(7)}  ${name}`);
    await browser.close();
  } finally {
    stopServer(server);
  }
}

runBench(main);

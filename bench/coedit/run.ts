// Benchmark for co-editing (issue 13, decision 042) against the production build and a real PostgreSQL: 16 editors
// each working in their own section of a 2,000-bead document, every one sending from the version of their own last
// answer (so nearly every operation is stale), with every editor's live stream open. Figures: operations accepted
// first time, operation round trip p50/p95, how long a change takes to reach the other 15 streams (p50/p95), the
// size of a delta against the document, and 50 readers opening the document at once.
// Run: npm run build && npm run bench:coedit   (BENCH_PORT picks the server's port; the server, its database and the
// document are bench/editor/bench-server.ts's, as for bench:editor)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { writeBenchResult } from '../lib/results';
import { authFor, BASE, createBenchDocument, EDITOR, percentile, startServer, stopServer } from '../editor/bench-server';

const EDITORS = 16;
const OPERATIONS_EACH = 20;
const READERS = 50;

interface Doc {
  version: number;
  beads: { id: string; source: string[]; target: string[] }[];
}

/** Opens a live stream and records when each version's change event arrives. */
function listen(documentId: string, auth: Record<string, string>, since: number, arrivals: Map<number, number>, abort: AbortSignal) {
  return fetch(`${BASE}/api/v1/documents/${documentId}/events?since=${since}`, { headers: auth, signal: abort }).then(async (res) => {
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (\d+)$/m.exec(block);
        if (id && block.includes('event: change')) arrivals.set(Number(id[1]), performance.now());
      }
    }
  });
}

async function main(): Promise<void> {
  const server = await startServer();
  const abort = new AbortController();
  try {
    const auths = [await authFor(EDITOR.email), await authFor('admin@example.com')];
    const { projects } = (await (await fetch(`${BASE}/api/v1/projects`, { headers: auths[0] })).json()) as { projects: { id: string }[] };
    const { id } = await createBenchDocument(auths[0], projects[0].id);
    const full = await (await fetch(`${BASE}/api/v1/documents/${id}`, { headers: auths[0] })).text();
    const start = JSON.parse(full) as Doc;
    console.log(`document: ${start.beads.length} beads, GET ${(full.length / 1024).toFixed(0)} KB of JSON`);

    // 50 readers at once: as the editor opens a document (the compact columns, no QA: the browser checks), then
    // through the full API answer (every bead with its QA findings, checked on the server).
    const readersAtOnce = (query: string) =>
      Promise.all(
        Array.from({ length: READERS }, async (_, i) => {
          const t = performance.now();
          await (await fetch(`${BASE}/api/v1/documents/${id}${query}`, { headers: auths[i % 2] })).text();
          return performance.now() - t;
        }),
      );
    const opens = await readersAtOnce('?format=compact');
    const fullOpens = await readersAtOnce('');
    for (const [what, times] of [
      ['editor (compact)', opens],
      ['full API', fullOpens],
    ] as const)
      console.log(
        `${READERS} readers at once, ${what}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
      );

    // Every editor's live stream, open from the start version.
    const arrivals = Array.from({ length: EDITORS }, () => new Map<number, number>());
    const streams = arrivals.map((a, k) => listen(id, auths[k % 2], start.version, a, abort.signal));
    await new Promise((r) => setTimeout(r, 1000));

    const section = Math.floor(start.beads.length / EDITORS);
    const committed = new Map<number, { sent: number; at: number; by: number }>();
    const rounds: number[] = [];
    const deltaSizes: number[] = [];
    /** Each accepted operation's answer: the changes since the version its editor sent (decision 046). */
    const answerBytes: number[] = [];
    let firstTime = 0;
    let refused = 0;
    await Promise.all(
      Array.from({ length: EDITORS }, async (_, k) => {
        let version = start.version;
        // Beads of this editor's section that it has not merged away, by id, in order.
        const mine = start.beads.slice(k * section + 1, (k + 1) * section - 1);
        for (let i = 0; i < OPERATIONS_EACH; i += 1) {
          const bead = mine[(i * 7) % mine.length];
          const operation =
            i % 3 === 0
              ? { type: 'confirm', beadIds: [bead.id] }
              : i % 3 === 1
                ? { type: 'editText', segmentId: bead.target[0], text: `Edited by editor ${k}, pass ${i}.` }
                : { type: 'merge', beadId: bead.id };
          for (let attempt = 0; ; attempt += 1) {
            const t = performance.now();
            const res = await fetch(`${BASE}/api/v1/documents/${id}/operations?answer=delta`, {
              method: 'POST',
              headers: auths[k % 2],
              body: JSON.stringify({ baseVersion: version, operation }),
            });
            const text = await res.text();
            const done = performance.now();
            const body = JSON.parse(text) as { version: number; changes?: unknown[] | null; error?: { currentVersion?: number } };
            rounds.push(done - t);
            if (res.ok) answerBytes.push(Buffer.byteLength(text));
            if (res.ok) {
              if (attempt === 0) firstTime += 1;
              if (body.version > version) committed.set(body.version, { sent: t, at: done, by: k });
              version = body.version;
              if (operation.type === 'merge') {
                // The merged bead keeps the first id; the next one is gone from this editor's section.
                const at = mine.indexOf(bead);
                if (at + 1 < mine.length) mine.splice(at + 1, 1);
              }
              break;
            }
            refused += 1;
            if (res.status !== 409 || attempt > 3) throw new Error(`operation failed: ${res.status} ${JSON.stringify(body)}`);
            version = body.error?.currentVersion ?? version;
          }
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 1500)); // let the last changes reach every stream
    const reach: number[] = [];
    const reachSent: number[] = [];
    let missing = 0;
    for (const [version, { sent, at, by }] of committed) {
      arrivals.forEach((a, k) => {
        if (k === by) return;
        const arrived = a.get(version);
        if (arrived === undefined) missing += 1;
        else {
          reach.push(Math.max(0, arrived - at));
          reachSent.push(arrived - sent);
        }
      });
    }
    const total = EDITORS * OPERATIONS_EACH;
    const accepted = (100 * firstTime) / total;
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(
      `${EDITORS} editors × ${OPERATIONS_EACH} operations in their own sections: ${accepted.toFixed(1)}% accepted first time (${refused} refusals)`,
    );
    console.log(`operation round trip: p50 ${percentile(rounds, 50).toFixed(0)} ms, p95 ${percentile(rounds, 95).toFixed(0)} ms`);
    console.log(
      `change reaches the other ${EDITORS - 1} streams (after the author's answer): p50 ${percentile(reach, 50).toFixed(0)} ms, p95 ${percentile(reach, 95).toFixed(0)} ms, ${missing} missing`,
    );
    console.log(
      `  (from the author's request, queueing on the row lock included: p50 ${percentile(reachSent, 50).toFixed(0)} ms, p95 ${percentile(reachSent, 95).toFixed(0)} ms)`,
    );
    // Delta sizes, read back from a fresh stream.
    const last = Math.max(...committed.keys());
    const catchUp = await fetch(`${BASE}/api/v1/documents/${id}/events?since=${Math.max(start.version, last - 150)}`, {
      headers: auths[0],
      signal: abort.signal,
    });
    const reader = (catchUp.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/event: change/g)?.length ?? 0) < Math.min(last - start.version, 150)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    for (const block of text.split('\n\n')) if (block.includes('event: change')) deltaSizes.push(block.length);
    console.log(`delta size: p50 ${percentile(deltaSizes, 50)} B, max ${Math.max(...deltaSizes)} B (the document: ${full.length} B)`);
    console.log(
      `operation answer (the changes since the editor's version, its own included): p50 ${percentile(answerBytes, 50)} B, p95 ${percentile(answerBytes, 95)} B`,
    );
    console.log(`machine: ${os.cpus().length} cores, load ${load}`);

    console.log(`(${EDITORS} editors, ${OPERATIONS_EACH} operations each: confirm, text edit, merge, each from its own last answer)`);
    writeBenchResult('coedit', [
      {
        what: `Co-editing: ${EDITORS} editors in their own sections of a ${start.beads.length}-bead document`,
        figure: `${accepted.toFixed(1)}% accepted first time; round trip p50 ${percentile(rounds, 50).toFixed(0)} ms, p95 ${percentile(rounds, 95).toFixed(0)} ms`,
      },
      {
        what: `Co-editing: a change reaching the other ${EDITORS - 1} editors' live streams`,
        figure: `after the author's answer p50 ${percentile(reach, 50).toFixed(0)} ms, p95 ${percentile(reach, 95).toFixed(0)} ms; from the author's request p50 ${percentile(reachSent, 50).toFixed(0)} ms, p95 ${percentile(reachSent, 95).toFixed(0)} ms (${missing} missing); delta p50 ${percentile(deltaSizes, 50)} B, operation answer p50 ${percentile(answerBytes, 50)} B (p95 ${percentile(answerBytes, 95)} B) vs ${(full.length / 1024).toFixed(0)} KB document`,
      },
      {
        what: `${READERS} readers opening the ${start.beads.length}-bead document at once as the editor does (GET ?format=compact)`,
        figure: `p50 ${percentile(opens, 50).toFixed(0)} ms, p95 ${percentile(opens, 95).toFixed(0)} ms`,
      },
      {
        what: `${READERS} readers reading the ${start.beads.length}-bead document at once through the full API (GET, every bead with its QA findings)`,
        figure: `p50 ${percentile(fullOpens, 50).toFixed(0)} ms, p95 ${percentile(fullOpens, 95).toFixed(0)} ms`,
      },
    ]);
    abort.abort();
    await Promise.allSettled(streams);
  } finally {
    abort.abort();
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

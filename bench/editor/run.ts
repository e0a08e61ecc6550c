// Benchmark for the alignment editor (issue 4) on a 2,000-bead document, against the production build and a
// real PostgreSQL: the bytes an open sends, server time to load the document, time to interactive in Chromium,
// the page's JS heap, and an operation's round trip through the API (p50/p95).
// Run: npm run build && npm run bench:editor
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { applyDelta, operationDeltaAnswerSchema, type OperationDeltaAnswer } from '@/lib/alignment/document-delta';
import type { AlignmentStateView } from '@/lib/alignment/document-view-schema';
import { writeBenchResult } from '../lib/results';
import { apiToken, BASE, BEADS, createBenchDocument, get, rscPayload, startServer, stopServer } from './bench-server';
import { percentile } from '../lib/percentile';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../e2e/chromium-launch';
import { runBench } from '../lib/run-bench';

const OPERATIONS = 100;

/** What the editor does with an operation's answer in delta form: apply each change in order (decision 046). */
function applyAnswer(state: AlignmentStateView, answer: OperationDeltaAnswer): AlignmentStateView {
  let next = state;
  for (const change of answer.changes ?? []) {
    const applied = 'status' in change ? { ...next, version: change.version } : applyDelta(next, change);
    if (!applied) throw new Error(`version ${change.version} does not apply to version ${next.version}`);
    next = applied;
  }
  if (next.version !== answer.version) throw new Error(`the answer left the state at ${next.version}, not ${answer.version}`);
  return next;
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const { auth, projectId } = await apiToken();
    let t = performance.now();
    const { id, beads } = await createBenchDocument(auth, projectId);
    console.log(`import + align of ${BEADS} sentence pairs: ${(performance.now() - t).toFixed(0)} ms → ${beads} beads`);

    const loads: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      t = performance.now();
      await (await fetch(`${BASE}/api/v1/documents/${id}`, { headers: auth })).json();
      loads.push(performance.now() - t);
    }
    console.log(`GET document (server + JSON): p50 ${percentile(loads, 50).toFixed(0)} ms, p95 ${percentile(loads, 95).toFixed(0)} ms`);

    // Operations answer the changes since the version sent (?answer=delta, the editor's form, decision 046) or the
    // whole state (?answer=state, the API's default): both timed and weighed, alternating, on the same document.
    let doc = (await (await fetch(`${BASE}/api/v1/documents/${id}`, { headers: auth })).json()) as AlignmentStateView;
    const rounds = { delta: [] as number[], state: [] as number[] };
    const bytes = { delta: [] as number[], state: [] as number[], stateBeadsOnly: [] as number[] };
    for (let i = 0; i < OPERATIONS; i += 1) {
      const form = i % 2 === 0 ? 'delta' : 'state';
      const bead = doc.beads[(i * 17) % (doc.beads.length - 1)];
      const operation = Math.floor(i / 2) % 2 === 0 ? { type: 'confirm', beadIds: [bead.id] } : { type: 'merge', beadId: bead.id };
      t = performance.now();
      const response = await fetch(`${BASE}/api/v1/documents/${id}/operations?answer=${form}`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ baseVersion: doc.version, operation }),
      });
      const text = await response.text();
      rounds[form].push(performance.now() - t);
      if (!response.ok) throw new Error(text);
      bytes[form].push(Buffer.byteLength(text));
      doc =
        form === 'state' ? (JSON.parse(text) as AlignmentStateView) : applyAnswer(doc, operationDeltaAnswerSchema.parse(JSON.parse(text)));
      // What the editor received before decision 046 (?segments=changed): the state without segments when none changed.
      if (form === 'state') bytes.stateBeadsOnly.push(Buffer.byteLength(JSON.stringify({ ...doc, source: undefined, target: undefined })));
    }
    const p = (values: number[]) => `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms`;
    const size = (values: number[]) => `${percentile(values, 50).toLocaleString('en')} B`;
    console.log(
      `operation round trip (confirm/merge, ${OPERATIONS / 2}× each form): delta ${p(rounds.delta)}; whole state ${p(rounds.state)}`,
    );
    console.log(
      `operation answer p50: delta ${size(bytes.delta)}; whole state ${size(bytes.state)} (beads only, as the editor had it before: ${size(bytes.stateBeadsOnly)})`,
    );
    const undos: number[] = [];
    const undoBytes: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      t = performance.now();
      const response = await fetch(`${BASE}/api/v1/documents/${id}/undo?answer=delta`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ baseVersion: doc.version }),
      });
      const text = await response.text();
      undos.push(performance.now() - t);
      if (!response.ok) throw new Error(text);
      undoBytes.push(Buffer.byteLength(text));
      doc = applyAnswer(doc, operationDeltaAnswerSchema.parse(JSON.parse(text)));
    }
    console.log(`undo round trip (20×, delta): ${p(undos)}, answer p50 ${size(undoBytes)}`);

    const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${BASE}/signin`);
    await page.getByLabel('Email').fill('editor@example.com');
    await page.getByLabel('Password').fill('bitext-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/projects/);
    // What an open sends: the page's HTML (the RSC payload with the document inline), plain and as Next compresses it.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const documentPath = `/projects/${projectId}/documents/${id}`;
    const plain = await get(documentPath, { Cookie: cookie, 'Accept-Encoding': 'identity' });
    const gzipped = await get(documentPath, { Cookie: cookie, 'Accept-Encoding': 'gzip' });
    const rscBytes = Buffer.byteLength(rscPayload(plain.body.toString('utf8')));
    const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
    console.log(
      `open sends ${kb(gzipped.wire)} (${gzipped.encoding}), ${kb(plain.wire)} uncompressed, of which RSC payload ${kb(rscBytes)}`,
    );
    const opens: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      t = performance.now();
      await page.goto(`${BASE}/projects/${projectId}/documents/${id}`);
      await page.getByTestId('bead-list').waitFor();
      await page.keyboard.press('j'); // interactive: the first key moves the selection
      opens.push(performance.now() - t);
    }
    console.log(`open in Chromium to interactive: p50 ${percentile(opens, 50).toFixed(0)} ms, max ${Math.max(...opens).toFixed(0)} ms`);
    // What the user sees of an operation: key press → the row shows its new status, and → the server's answer
    // arrives, both timed inside the page (a MutationObserver and the resource timing of the request), so the
    // test driver's polling does not count. Without a local result (before decision 029) the two are one wait.
    const shown: number[] = [];
    const answered: number[] = [];
    await page.getByTestId('bead-list').focus();
    for (let i = 0; i < 10; i += 1) {
      const selected = page.locator('[role="option"][aria-selected="true"]');
      const beadId = (await selected.getAttribute('data-bead-id')) ?? '';
      const before = (await selected.getAttribute('data-status')) ?? '';
      await page.evaluate(
        ({ beadId, before }) => {
          const marks: { key?: number; shown?: number } = {};
          (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
          window.addEventListener('keydown', () => (marks.key = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const row = document.querySelector(`[role="option"][data-bead-id="${beadId}"]`);
            if (row && row.getAttribute('data-status') !== before) {
              marks.shown = performance.now();
              observer.disconnect();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
          performance.clearResourceTimings();
        },
        { beadId, before },
      );
      await page.keyboard.press('Shift+X');
      await page.getByTestId('save-status').filter({ hasText: 'saved as version' }).waitFor();
      const marks = await page.evaluate(() => {
        const { key = 0, shown = 0 } = (window as unknown as { benchMarks: { key?: number; shown?: number } }).benchMarks;
        const request = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/operations'))
          .pop() as PerformanceResourceTiming | undefined;
        return { key, shown, answer: request?.responseEnd ?? 0 };
      });
      shown.push(marks.shown - marks.key);
      answered.push(marks.answer - marks.key);
      await page.keyboard.press('j');
    }
    console.log(
      `in Chromium, key to result shown: p50 ${percentile(shown, 50).toFixed(0)} ms, max ${Math.max(...shown).toFixed(0)} ms; key to server answer: p50 ${percentile(answered, 50).toFixed(0)} ms, max ${Math.max(...answered).toFixed(0)} ms`,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
    console.log(`page JS heap ${(heap / 1024 / 1024).toFixed(1)} MB, DOM nodes ${nodes}`);
    await browser.close();
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    writeBenchResult('editor', [
      {
        what: `bytes sent to open a ${BEADS.toLocaleString('en')}-bead document (page HTML with its RSC payload)`,
        figure: `${kb(gzipped.wire)} ${gzipped.encoding}, ${kb(plain.wire)} uncompressed (RSC payload ${kb(rscBytes)})`,
      },
      {
        what: `opening a ${BEADS.toLocaleString('en')}-bead document in Chromium`,
        command: 'npm run build && npm run bench:editor',
        figure: `${seconds(percentile(opens, 50))}–${seconds(Math.max(...opens))} s to interactive (p50–max), ${Math.round(heap / 1024 / 1024)} MB JS heap`,
      },
      {
        what: `an editor operation through the API, ${BEADS.toLocaleString('en')} beads (answer: changes / whole state)`,
        figure: `${p(rounds.delta)}, ${size(bytes.delta)} / ${p(rounds.state)}, ${size(bytes.state)}`,
      },
      {
        what: 'an exclude in the editor: key to result shown / to server answer',
        figure: `p50 ${percentile(shown, 50).toFixed(0)} ms / ${percentile(answered, 50).toFixed(0)} ms (max ${Math.max(...shown).toFixed(0)} / ${Math.max(...answered).toFixed(0)} ms)`,
      },
    ]);
  } finally {
    stopServer(server);
  }
}

runBench(main);

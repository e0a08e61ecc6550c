// npm run bench:qa-editor — what translation QA costs the editor on a 2,000-bead document (decision 041). The
// editor checks its beads in the browser with lib/qa: once after the list has painted (a deferred render), then
// after every change with its per-bead cache, so only beads whose text changed are worked out again. The beads
// are NTREX Korean–English gold pairs (read from ../shared at run time), repeated with a marker to reach 2,000
// distinct beads. Reports the median of several runs of: the first check, a re-check after one bead's text
// changed, and the number of beads worked out again (counted, the bound the design promises).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadNtrex, sharedRoot } from '../align/eval-sets';
import { writeBenchResult } from '../lib/results';
import { checkDocument, createQaCache, type QaBead } from '@/lib/qa';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

const BEADS = 2_000;
const RUNS = 7;

const ms = (value: number) => `${value.toFixed(0)} ms`;

function documentOf(): QaBead[] {
  const pairs: QaBead[] = [];
  for (const d of loadNtrex('clean').documents) {
    for (const g of d.gold)
      pairs.push({ source: g.source.map((i) => d.source[i]).join(' '), target: g.target.map((i) => d.target[i]).join(' ') });
  }
  // Repeats get a distinct sentence number so each bead is its own text (a cache must not get them for free).
  return Array.from({ length: BEADS }, (_, i) => {
    const pair = pairs[i % pairs.length];
    const round = Math.floor(i / pairs.length);
    return round === 0 ? pair : { source: `${pair.source} (${round}판)`, target: `${pair.target} (ed. ${round})` };
  });
}

function main(): void {
  if (!existsSync(path.join(sharedRoot, 'eval/dev/ntrex-ko-en'))) {
    console.log(`[skipped] bench:qa-editor: ${sharedRoot}/eval/dev/ntrex-ko-en is absent`);
    return;
  }
  const beads = documentOf();
  const options = { sourceLang: 'ko', targetLang: 'en' };
  const first: number[] = [];
  const again: number[] = [];
  let reworked = 0;
  for (let run = 0; run < RUNS; run++) {
    const cache = createQaCache(options);
    let t = performance.now();
    checkDocument(beads, options, cache);
    first.push(performance.now() - t);
    const before = new Map(cache.beads);
    const edited = beads.map((b, i) => (i === 1_000 ? { ...b, target: `${b.target} More.` } : b));
    t = performance.now();
    checkDocument(edited, options, cache);
    again.push(performance.now() - t);
    reworked = [...cache.beads.values()].filter((work) => ![...before.values()].includes(work)).length;
  }
  const rows = [
    {
      what: `Translation QA in the editor, ${BEADS.toLocaleString('en')} beads: first check (after the list paints)`,
      figure: `${ms(percentile(first, 50))} median of ${RUNS}`,
    },
    {
      what: `Translation QA in the editor, ${BEADS.toLocaleString('en')} beads: re-check after one bead changed`,
      figure: `${ms(percentile(again, 50))} median of ${RUNS}; ${reworked} bead worked out again`,
    },
  ];
  for (const row of rows) console.log(`${row.what}: ${row.figure}`);
  writeBenchResult('qa-editor', rows);
}

runBench(main);

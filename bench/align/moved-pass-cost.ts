// What the moved-link pass costs on a long document (decision 028). Not a test.
// Usage: npx tsx bench/align/moved-pass-cost.ts [SENTENCES]   (default 20000)
// The document is the NTREX moved-paragraph set (hard-sets.ts, built at run time) repeated until each side
// has SENTENCES segments, so it holds a moved paragraph every 20-30 sentences. Reports CPU seconds of the
// monotonic alignment and of the moved pass separately (the machine is shared: CPU, not wall time), the
// pass's counted work, and the process's peak memory; writes bench/results/align-moves-cost.json.
import { alignWithMoves, buildLexicon } from '../../lib/align-engine';
import type { MovedPassWork } from '../../lib/align-engine/find-moved-links';
import { writeBenchResult } from '../lib/results';
import { loadHardSets } from './hard-sets';
import { longDocument } from './long-document';

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

function main(): void {
  const size = Number(process.argv[2] ?? 20000);
  const { source, target } = longDocument(loadHardSets().moved.documents, size);
  const src = source.map((text) => ({ text }));
  const tgt = target.map((text) => ({ text }));
  const options = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
  const c0 = process.cpuUsage();
  let alignCpu = 0;
  let c1 = c0;
  let counted: MovedPassWork | null = null;
  const { monotonic, moves } = alignWithMoves(src, tgt, options, undefined, {
    aligned: () => {
      alignCpu = cpuSeconds(c0);
      c1 = process.cpuUsage();
    },
    work: (w) => (counted = w),
  });
  const movedCpu = cpuSeconds(c1);
  const work = counted as MovedPassWork | null;
  if (work === null) throw new Error('the moved-link pass reported no work');
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const oneSided = monotonic.filter((b) => b.source.length === 0 || b.target.length === 0).length;
  const weak = monotonic.filter((b) => b.source.length > 0 && b.target.length > 0 && b.confidence < 0.9).length;
  const result = { size, alignCpu, movedCpu, peakMb, oneSided, weakLinks: weak, moves: moves.length, work };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const n = size.toLocaleString('en-US');
  writeBenchResult('align-moves-cost', [
    {
      what: `moved-link pass, ${n} × ${n} sentences (NTREX moved set repeated)`,
      figure: `${movedCpu.toFixed(2)} s CPU after ${alignCpu.toFixed(2)} s CPU of alignment; ${work.alignedPairs} searches of ${work.pairCells.toLocaleString('en-US')} cells, ${work.scoreUpdates.toLocaleString('en-US')} score updates, ${work.realignedSegments.toLocaleString('en-US')} segments realigned; ${moves.length} moved links; peak ${Math.round(peakMb)} MB`,
      command: `npx tsx bench/align/moved-pass-cost.ts ${size}`,
    },
  ]);
}

main();

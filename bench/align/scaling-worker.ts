// One scaling measurement in a fresh process, so peak memory belongs to this run alone.
// Usage: tsx bench/align/scaling-worker.ts engine|hunalign SENTENCES
// The document is NTREX ko-en dev (clean) repeated until each side has SENTENCES segments. For the engine it
// also times the moved-link pass after the alignment, as the app runs it (auto-align.ts: alignWithMoves, one
// prepared document for both); `seconds` is the alignment alone, `movedSeconds` the pass after it.
import { readFileSync } from 'node:fs';
import { alignWithMoves, buildLexicon } from '../../lib/align-engine';
import { loadNtrex } from './eval-sets';
import { HunalignRunner } from './hunalign-runner';
import { longDocument } from './long-document';

/**
 * CPU seconds of this (the main) thread alone, from /proc on Linux (null elsewhere). On a shared machine this
 * is the figure closest to the wall time a quiet machine would show: other processes add wall time, not this
 * thread's CPU, and the GC and compiler threads that process.cpuUsage() also counts run beside it.
 */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of the line), in clock ticks of 1/100 s
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const [system, sizeArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  const { source, target } = longDocument(loadNtrex('clean').documents, size);
  const hunalign = system === 'hunalign' ? await HunalignRunner.create() : null;
  const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpu();
  const src = source.map((text) => ({ text }));
  const tgt = target.map((text) => ({ text }));
  const options = { srcLang: 'ko', tgtLang: 'en', lexicon };
  // the alignment ends where alignWithMoves reports it aligned; the moved-link pass runs after that
  let seconds = 0;
  let cpuSeconds = 0;
  let main1: number | null = null;
  const alignDone = () => {
    seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
    main1 = mainThreadCpu();
  };
  let beads: number;
  let movedSeconds: number | null = null;
  let movedCpuSeconds: number | null = null;
  let movedMainCpuSeconds: number | null = null;
  if (hunalign) {
    beads = hunalign.align(source, target).length;
    alignDone();
  } else {
    const t1 = { wall: 0, cpu: process.cpuUsage() };
    const { monotonic } = alignWithMoves(src, tgt, options, undefined, {
      aligned: () => {
        alignDone();
        t1.wall = performance.now();
        t1.cpu = process.cpuUsage();
      },
    });
    beads = monotonic.length;
    movedSeconds = (performance.now() - t1.wall) / 1000;
    const moved = process.cpuUsage(t1.cpu);
    movedCpuSeconds = (moved.user + moved.system) / 1e6;
    const main2 = mainThreadCpu();
    movedMainCpuSeconds = main1 !== null && main2 !== null ? main2 - main1 : null;
  }
  const mainCpuSeconds = main0 !== null && main1 !== null ? main1 - main0 : null;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ system, size, seconds, cpuSeconds, mainCpuSeconds, movedSeconds, movedCpuSeconds, movedMainCpuSeconds, peakMb, beforeMb: rssBefore / 2 ** 20, beads })}\n`,
  );
}

void main();

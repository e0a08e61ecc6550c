// One scaling measurement in a fresh process, so peak memory belongs to this run alone.
// Usage: tsx bench/align/scaling-worker.ts engine|hunalign SENTENCES
// The document is NTREX ko-en dev (clean) repeated until each side has SENTENCES segments.
import { alignSegments, buildLexicon } from '../../lib/align-engine';
import { loadNtrex } from './eval-sets';
import { HunalignRunner } from './hunalign-runner';

function syntheticDocument(size: number): { source: string[]; target: string[] } {
  const docs = loadNtrex('clean').documents;
  const source: string[] = [];
  const target: string[] = [];
  for (let k = 0; source.length < size || target.length < size; k++) {
    const d = docs[k % docs.length];
    if (source.length < size) source.push(...d.source.slice(0, size - source.length));
    if (target.length < size) target.push(...d.target.slice(0, size - target.length));
  }
  return { source, target };
}

async function main(): Promise<void> {
  const [system, sizeArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  const { source, target } = syntheticDocument(size);
  const hunalign = system === 'hunalign' ? await HunalignRunner.create() : null;
  const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const beads = hunalign
    ? hunalign.align(source, target).length
    : alignSegments(
        source.map((text) => ({ text })),
        target.map((text) => ({ text })),
        { srcLang: 'ko', tgtLang: 'en', lexicon },
      ).length;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ system, size, seconds, cpuSeconds, peakMb, beforeMb: rssBefore / 2 ** 20, beads })}\n`);
}

void main();

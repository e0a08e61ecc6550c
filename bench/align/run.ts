// `npm run bench:align`: scores the engine and hunalign (as is, and with Hangul doubled) in the same run
// on the same data, prints a markdown report and writes it to bench/out/. Not a test.
// Options: --skip-scaling, --sizes 1000,5000,20000
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkScorer } from './check-scorer';
import { loadNtrex, loadTextBergDev, loadTextBergTest, repoRoot, type EvalSet } from './eval-sets';
import { runEngine, runEngineWithApprovedPairs, runHunalign, type SystemResult } from './evaluate-systems';
import { HunalignRunner } from './hunalign-runner';
import { reliabilityTable, type ReliabilityRow } from './reliability';
import { writeBenchResult } from '../lib/results';
import { runScaling, type ScalingRow } from './scaling';
import { loadStressSets } from './stress-set';

const f3 = (x: number) => x.toFixed(3);

function scoreTable(results: SystemResult[]): string {
  const rows = [
    '| set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax | wall s |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const { strict, lax } = r.scores;
    rows.push(`| ${r.set} | ${r.system} | ${f3(strict.precision)} | ${f3(strict.recall)} | **${f3(strict.f1)}** | ${f3(lax.precision)} | ${f3(lax.recall)} | ${f3(lax.f1)} | ${r.seconds.toFixed(2)} |`);
  }
  return rows.join('\n');
}

function reliabilityMarkdown(tables: { set: string; rows: ReliabilityRow[] }[]): string {
  const head = ['| confidence | ' + tables.map((t) => `${t.set}: beads / exact`).join(' | ') + ' |', '|---|' + tables.map(() => '---|').join('')];
  const ranges = tables[0].rows.map((r) => r.range);
  const body = ranges.map((range, k) => `| ${range} | ${tables.map((t) => `${t.rows[k].beads} / ${t.rows[k].beads ? f3(t.rows[k].accuracy) : '-'}`).join(' | ')} |`);
  return [...head, ...body].join('\n');
}

function scalingMarkdown(rows: ScalingRow[]): string {
  const out = ['| sentences a side | engine wall s | engine peak MB | hunalign wall s | hunalign peak MB | time ratio (engine / hunalign) |', '|---|---|---|---|---|---|'];
  for (const size of [...new Set(rows.map((r) => r.size))]) {
    const e = rows.find((r) => r.size === size && r.system === 'engine');
    const h = rows.find((r) => r.size === size && r.system === 'hunalign');
    const cell = (r: ScalingRow | undefined, k: 'seconds' | 'peakMb') => (r && r[k] !== null ? (r[k] as number).toFixed(k === 'seconds' ? 2 : 0) : (r?.note ?? '-'));
    const ratio = e?.seconds && h?.seconds ? (e.seconds / h.seconds).toFixed(3) : '-';
    out.push(`| ${size.toLocaleString('en-US')} | ${cell(e, 'seconds')} | ${cell(e, 'peakMb')} | ${cell(h, 'seconds')} | ${cell(h, 'peakMb')} | ${ratio} |`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const problems = checkScorer();
  if (problems.length > 0) throw new Error(`scorer does not reproduce the reference figures:\n${problems.join('\n')}`);
  process.stderr.write('scorer check: OK (MAC-Test and Text+Berg references reproduced to 3 decimals)\n');

  const stress = loadStressSets();
  if (!stress) process.stderr.write('KPC corpus not found: stress rows skipped\n');
  const sets: EvalSet[] = [loadNtrex('clean'), loadNtrex('omissions'), loadTextBergDev(), loadTextBergTest(), ...(stress ?? [])];
  const hunalign = await HunalignRunner.create();
  const results: SystemResult[] = [];
  const reliability: { set: string; rows: ReliabilityRow[] }[] = [];
  for (const set of sets) {
    process.stderr.write(`${set.name}...\n`);
    const engine = runEngine(set);
    results.push(engine, runHunalign(set, hunalign, false), runHunalign(set, hunalign, true));
    if (set.srcLang === 'ko' && !stress?.includes(set)) results.push(runEngineWithApprovedPairs(set));
    reliability.push({ set: set.name, rows: reliabilityTable(set.documents.map((d) => d.gold), engine.engineBeads ?? []) });
  }

  let scaling: ScalingRow[] = [];
  if (!args.includes('--skip-scaling')) {
    const sizesArg = args[args.indexOf('--sizes') + 1];
    const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 5000, 20000];
    scaling = runScaling(sizes);
  }
  const at20k = (system: string) => scaling.find((r) => r.system === system && r.size === 20000 && r.seconds !== null);
  const [engine20k, hunalign20k] = [at20k('engine'), at20k('hunalign')];
  if (engine20k) {
    const figure = (r: ScalingRow) => `${r.seconds?.toFixed(1)} s, ${Math.round(r.peakMb ?? 0)} MB`;
    writeBenchResult('align', [
      { what: 'alignment, 20,000 × 20,000 sentences', figure: `${figure(engine20k)}${hunalign20k ? ` (hunalign: ${figure(hunalign20k)})` : ''}` },
    ]);
  }

  const report = [
    '## Alignment benchmark',
    '',
    `Run ${new Date().toISOString()} on ${process.platform}/${process.arch}, node ${process.version}. Scorer: vecalign/Bertalign strict and lax (checked against the reference figures). "hunalign, Hangul doubled" doubles every Hangul syllable before aligning (no effect on de-fr). Text+Berg test is reported, never tuned on. "KPC ko-en stress" rows are SYNTHETIC and NOISY (bench/align/stress-set.ts: windows of the automatically aligned KPC news test split with seeded merges, splits, drops and additions on the English side; hunalign gets no paragraph marks).`,
    '',
    scoreTable(results),
    '',
    '### Confidence reliability (engine, built-in lexicon only)',
    '',
    reliabilityMarkdown(reliability),
    '',
    ...(scaling.length > 0 ? ['### Scaling (NTREX ko-en dev repeated; each run in its own process)', '', scalingMarkdown(scaling), ''] : []),
  ].join('\n');
  const outDir = path.join(repoRoot, 'bench/out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'align-report.md'), `${report}\n`);
  writeFileSync(
    path.join(outDir, 'align-results.json'),
    JSON.stringify({ results: results.map(({ system, set, scores, seconds }) => ({ system, set, scores, seconds })), reliability, scaling }, null, 2),
  );
  process.stdout.write(`${report}\n`);
}

void main().catch((e: unknown) => {
  process.stderr.write(`bench:align failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

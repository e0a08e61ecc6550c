// Benchmark: archive backfill (issue 17, decision 037).
//   npm run bench:backfill                       both parts
//   npm run bench:backfill -- tmx [UNITS,…]      TMX import: units/s and peak RSS (default 100,000 and 1,000,000)
//   npm run bench:backfill -- pairs [PAIRS]      a generated archive of article pairs (default 2,000): pairs/minute
//                                                (BENCH_WORKERS=N: `npm run import --workers N`, default 4)
// Each TMX import runs in its own process (tmx-import-child.ts) so its peak RSS is the kernel's high-water mark
// for that import alone; the database is this bench's own (helpers share the PostgreSQL server).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { env } from '../../lib/env';
import { generateTmxFile } from '../../lib/formats/testing/generated-tmx';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { writeBenchResult, type BenchRow } from '../lib/results';
import { runBench } from '../lib/run-bench';

const DATABASE = 'bitext_bench_backfill';
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const n = (value: number) => value.toLocaleString('en');

interface ChildResult {
  imported: number;
  seconds: number;
  startRssMb: number;
  peakRssMb: number;
  nodeCpuSeconds: number;
  dbCpuSeconds: number;
}

async function benchTmx(url: string, sizes: number[], dir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const units of sizes) {
    const file = path.join(dir, `memory-${units}.tmx`);
    const bytes = await generateTmxFile(file, units);
    const out = execFileSync('npx', ['tsx', '--conditions=react-server', 'bench/backfill/tmx-import-child.ts', url, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    fs.rmSync(file);
    const result = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
    const rate = Math.round(result.imported / result.seconds);
    // CPU seconds per 100,000 units, Node and PostgreSQL: what the import costs whatever else the machine runs.
    const per100k = (cpu: number) => ((cpu / result.imported) * 100_000).toFixed(1);
    const cpu = `CPU per 100k units: ${per100k(result.nodeCpuSeconds)} s Node + ${per100k(result.dbCpuSeconds)} s PostgreSQL`;
    const load = `load ${os.loadavg()[0].toFixed(1)}`;
    console.log(
      `TMX ${n(units)} units (${mb(bytes)}): ${result.seconds.toFixed(1)} s, ${n(rate)} units/s, RSS ${result.startRssMb} → peak ${result.peakRssMb} MB; ${cpu}; ${load}`,
    );
    rows.push({
      what: `TMX import, ${n(units)} units (${mb(bytes)}), streaming`,
      figure: `${n(rate)} units/s (${result.seconds.toFixed(1)} s, ${load}); peak RSS ${result.peakRssMb} MB (${result.startRssMb} MB before the import); ${cpu}`,
      command: `npm run bench:backfill -- tmx ${units}`,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const [part = 'all', arg] = process.argv.slice(2);
  const database = await freshTestDatabase(DATABASE);
  env.DATABASE_URL = database.url;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-backfill-'));
  try {
    if (part === 'all' || part === 'tmx') {
      const sizes = part === 'tmx' && arg ? arg.split(',').map(Number) : [100_000, 1_000_000];
      writeBenchResult('backfill-tmx', await benchTmx(database.url, sizes, dir));
    }
    if (part === 'all' || part === 'pairs') {
      const { benchPairs } = await import('./pairs');
      const pairs = part === 'pairs' && arg ? Number(arg) : 2_000;
      writeBenchResult('backfill-pairs', await benchPairs(database.url, pairs, dir, Number(process.env.BENCH_WORKERS ?? 4)));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await database.stop();
}

runBench(main);

// Scaling run: engine and hunalign on 1k, 5k and 20k sentences a side, each in its own process
// (time of the alignment call; peak resident memory of the whole process).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './eval-sets';

export interface ScalingRow {
  system: string;
  size: number;
  seconds: number | null;
  /** CPU seconds of the alignment (the machine is shared: wall time depends on the load). */
  cpuSeconds: number | null;
  /** CPU seconds of the aligning thread alone (Linux): close to what a quiet machine shows as wall time. */
  mainCpuSeconds: number | null;
  /** The moved-link pass after the alignment (engine only), wall and CPU seconds. */
  movedSeconds: number | null;
  movedCpuSeconds: number | null;
  movedMainCpuSeconds: number | null;
  peakMb: number | null;
  beforeMb: number | null;
  note: string;
}

const TIMEOUT_MS = 15 * 60 * 1000;

export function measure(system: 'engine' | 'hunalign', size: number): ScalingRow {
  const worker = path.join(repoRoot, 'bench/align/scaling-worker.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', worker, system, String(size)], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 20,
  });
  const line = r.stdout?.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(line) as {
      seconds: number;
      cpuSeconds: number;
      mainCpuSeconds: number | null;
      movedSeconds: number | null;
      movedCpuSeconds: number | null;
      movedMainCpuSeconds: number | null;
      peakMb: number;
      beforeMb: number;
    };
    return {
      system,
      size,
      seconds: parsed.seconds,
      cpuSeconds: parsed.cpuSeconds,
      mainCpuSeconds: parsed.mainCpuSeconds ?? null,
      movedSeconds: parsed.movedSeconds ?? null,
      movedCpuSeconds: parsed.movedCpuSeconds ?? null,
      movedMainCpuSeconds: parsed.movedMainCpuSeconds ?? null,
      peakMb: parsed.peakMb,
      beforeMb: parsed.beforeMb,
      note: '',
    };
  } catch {
    const why = r.error ? r.error.message : `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-1)[0] ?? ''}`;
    return {
      system,
      size,
      seconds: null,
      cpuSeconds: null,
      mainCpuSeconds: null,
      movedSeconds: null,
      movedCpuSeconds: null,
      movedMainCpuSeconds: null,
      peakMb: null,
      beforeMb: null,
      note: `failed (${why})`,
    };
  }
}

export function runScaling(sizes: number[]): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const size of sizes) {
    for (const system of ['engine', 'hunalign'] as const) {
      const row = measure(system, size);
      process.stderr.write(`scaling ${system} ${size}: ${row.seconds?.toFixed(2) ?? row.note}s\n`);
      rows.push(row);
    }
  }
  return rows;
}

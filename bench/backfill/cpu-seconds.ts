// CPU seconds for bench:backfill (decision 048): load-independent figures beside the wall-clock ones. A process's
// user + system time from /proc, and the PostgreSQL backends serving one database (the server runs on this machine).
import fs from 'node:fs';

/** User + system CPU seconds of a process (0 if it has gone). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (CLK_TCK = 100 on Linux)
  } catch {
    return 0;
  }
}

/**
 * The CPU time PostgreSQL spends for one database, sampled while work runs: `sample(pids)` with the backends'
 * pids (from pg_stat_activity) now and then, `seconds()` at the end. Backends present at the first sample count
 * from then; backends that appear later count whole. A backend that ends between samples loses its last moments.
 */
export function backendCpu() {
  const backends = new Map<number, { first: number; last: number }>();
  let started = false;
  return {
    sample(pids: number[]) {
      for (const pid of pids) {
        const cpu = processCpuSeconds(pid);
        const seen = backends.get(pid);
        if (seen) seen.last = Math.max(seen.last, cpu);
        else backends.set(pid, { first: started ? 0 : cpu, last: cpu });
      }
      started = true;
    },
    seconds: () => [...backends.values()].reduce((sum, b) => sum + (b.last - b.first), 0),
  };
}

// The headline quality figures of `npm run bench:align` as bench result rows (bench/results/align-quality.json,
// shown in the README by `npm run bench:docs`): strict F1 of the engine on the floor sets and the
// substitution set, substituted pairs linked, and the worst reliability of confident beads over all sets.
import type { BenchRow } from '../lib/results';
import type { SystemResult } from './evaluate-systems';
import type { ReliabilityRow } from './reliability';

const COMMAND = 'npm run bench:align -- --skip-scaling';

export interface SubstitutionCount {
  linked: number;
  total: number;
}

/** One seed of the substitution stress set: the engine's strict F1 and its substituted pairs linked. */
export interface SeedRow extends SubstitutionCount {
  seed: number;
  f1: number;
}

export function formatLinked(c: SubstitutionCount): string {
  return c.total === 0 ? '-' : `${c.linked} / ${c.total} (${((100 * c.linked) / c.total).toFixed(1)}%)`;
}

/** Linked over substituted pairs of all seeds together (not the mean of the rates). */
export function poolSeeds(rows: readonly SubstitutionCount[]): SubstitutionCount {
  return { linked: rows.reduce((s, r) => s + r.linked, 0), total: rows.reduce((s, r) => s + r.total, 0) };
}

export function qualityRows(
  results: SystemResult[],
  reliability: { set: string; rows: ReliabilityRow[]; ece: number }[],
  hard: { set: string; substitutedLinked: string }[],
  seeds: readonly SeedRow[] = [],
): BenchRow[] {
  const engine = results.filter((r) => r.system === 'bitext-desk engine');
  const f1 = (set: string) => engine.find((r) => r.set.startsWith(set))?.scores.strict.f1.toFixed(3) ?? '-';
  const rows: BenchRow[] = [
    {
      what: 'alignment strict F1: NTREX ko-en dev clean / omissions, Text+Berg de-fr test',
      figure: `${f1('NTREX ko-en dev clean')} / ${f1('NTREX ko-en dev omissions')}, ${f1('Text+Berg de-fr test')}`,
      command: COMMAND,
    },
  ];
  const substitution = hard.find((h) => h.set.includes('substitution'));
  if (substitution) {
    rows.push({
      what: 'alignment, NTREX substitution stress set (synthetic): strict F1, substituted pairs linked as translations',
      figure: `${f1('NTREX ko-en substitution')}, ${substitution.substitutedLinked}`,
      command: COMMAND,
    });
  }
  if (seeds.length > 1) {
    rows.push({
      what: `alignment, NTREX substitution stress set (synthetic), ${seeds.length} seeds pooled: substituted pairs linked as translations`,
      figure: `${formatLinked(poolSeeds(seeds))}; per seed ${seeds.map((s) => `${s.seed}: ${s.linked} / ${s.total}`).join(', ')}`,
      command: COMMAND,
    });
  }
  const share = (t: (typeof reliability)[number], label: string) => t.rows.find((r) => r.range === label);
  const worst = (label: string) => {
    let out: { set: string; accuracy: number } | null = null;
    for (const t of reliability) {
      const row = share(t, label);
      if (row && row.beads > 0 && (out === null || row.accuracy < out.accuracy)) out = { set: t.set, accuracy: row.accuracy };
    }
    return out ? `${(100 * out.accuracy).toFixed(1)}% (${out.set})` : '-';
  };
  const ece = reliability.map((t) => t.ece);
  rows.push({
    what: 'alignment confidence, worst set: beads ≥ 0.90 / ≥ 0.99 exactly right; ECE range over sets',
    figure: `${worst('>= 0.90')} / ${worst('>= 0.99')}; ECE ${Math.min(...ece).toFixed(3)}–${Math.max(...ece).toFixed(3)}`,
    command: COMMAND,
  });
  return rows;
}

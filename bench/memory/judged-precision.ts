import { readFileSync } from 'node:fs';

// Precision of glossary proposals judged by a person: a TSV of `source<TAB>target<TAB>ok|wrong` (lines starting
// with # are comments). Shared by the NTREX and the demo glossary benches.

export interface JudgedPrecision {
  ok: number;
  judged: number;
  /** `ok / judged (N%)`, as the bench rows print it. */
  figure: string;
}

export function judgedPrecision(file: string, proposals: readonly { source: string; target: string }[]): JudgedPrecision {
  const verdicts = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'))
      .map(([s, t, v]) => [`${s}\t${t}`, v === 'ok']),
  );
  const judged = proposals.filter((p) => verdicts.has(`${p.source}\t${p.target}`));
  const ok = judged.filter((p) => verdicts.get(`${p.source}\t${p.target}`)).length;
  return { ok, judged: judged.length, figure: `${ok} / ${judged.length} (${((100 * ok) / Math.max(1, judged.length)).toFixed(0)}%)` };
}

// The vecalign / Bertalign scorer (Sennrich & Volk convention), as described in
// ../shared/eval/dev/ntrex-ko-en/README.md. Strict: a test bead counts only if it equals a gold bead.
// Lax: it also counts if it overlaps one gold bead on both sides. Precision is over all test beads
// (empty-empty ignored); recall is over gold beads that are non-empty on both sides. Micro-averaged.

export interface ScoreBead {
  source: number[];
  target: number[];
}

export interface Counts {
  strictTp: number;
  strictFp: number;
  laxTp: number;
  laxFp: number;
}

export interface Scores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

const BEAD_LINE = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/;

function parseIds(list: string): number[] {
  const trimmed = list.trim();
  return trimmed === '' ? [] : trimmed.split(',').map((x) => Number.parseInt(x.trim(), 10));
}

/** Parses `[0, 1]:[2]` lines; blank lines are ignored. Throws on anything else. */
export function parseBeads(text: string): ScoreBead[] {
  const beads: ScoreBead[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const m = BEAD_LINE.exec(line);
    if (!m) throw new Error(`not a bead line: ${JSON.stringify(line)}`);
    beads.push({ source: parseIds(m[1]), target: parseIds(m[2]) });
  }
  return beads;
}

export function formatBead(bead: ScoreBead): string {
  return `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]`;
}

const key = (b: ScoreBead): string => formatBead(b);

function intersects(a: number[], b: Set<number>): boolean {
  return a.some((x) => b.has(x));
}

/** Counts of `test` beads judged against `gold` beads (vecalign's `_precision`). */
function precisionCounts(gold: ScoreBead[], test: ScoreBead[]): Counts {
  const goldKeys = new Set(gold.map(key));
  const goldSets = gold.map((g) => ({ source: new Set(g.source), target: new Set(g.target) }));
  const counts: Counts = { strictTp: 0, strictFp: 0, laxTp: 0, laxFp: 0 };
  for (const t of test) {
    if (t.source.length === 0 && t.target.length === 0) continue;
    if (goldKeys.has(key(t))) {
      counts.strictTp += 1;
      counts.laxTp += 1;
      continue;
    }
    counts.strictFp += 1;
    const lax = goldSets.some((g) => intersects(t.source, g.source) && intersects(t.target, g.target));
    if (lax) counts.laxTp += 1;
    else counts.laxFp += 1;
  }
  return counts;
}

export interface DocumentCounts {
  precision: Counts;
  recall: Counts;
}

export function countDocument(gold: ScoreBead[], test: ScoreBead[]): DocumentCounts {
  const goldLinks = gold.filter((g) => g.source.length > 0 && g.target.length > 0);
  return { precision: precisionCounts(gold, test), recall: precisionCounts(test, goldLinks) };
}

function add(a: Counts, b: Counts): Counts {
  return {
    strictTp: a.strictTp + b.strictTp,
    strictFp: a.strictFp + b.strictFp,
    laxTp: a.laxTp + b.laxTp,
    laxFp: a.laxFp + b.laxFp,
  };
}

const ratio = (tp: number, fp: number): number => (tp + fp === 0 ? 0 : tp / (tp + fp));
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Micro-averaged scores over several documents. */
export function scoreDocuments(docs: { gold: ScoreBead[]; test: ScoreBead[] }[]): Scores {
  const zero: Counts = { strictTp: 0, strictFp: 0, laxTp: 0, laxFp: 0 };
  let p = zero;
  let r = zero;
  for (const d of docs) {
    const c = countDocument(d.gold, d.test);
    p = add(p, c.precision);
    r = add(r, c.recall);
  }
  const ps = ratio(p.strictTp, p.strictFp);
  const rs = ratio(r.strictTp, r.strictFp);
  const pl = ratio(p.laxTp, p.laxFp);
  const rl = ratio(r.laxTp, r.laxFp);
  return {
    strict: { precision: ps, recall: rs, f1: f1(ps, rs) },
    lax: { precision: pl, recall: rl, f1: f1(pl, rl) },
  };
}

import { extractQuantities, sameValue, type Quantity } from './quantities';
import type { QaCheck, QaFinding } from './types';

// Numbers, amounts and dates: a value on one side with no counterpart on the other is common and harmless
// ("세 명" has no digits, a year may be left out). A value missing on one side while the other side has a value
// of its own that nothing matches is what a wrong number looks like: "4만2천" against "24,000" (decision 033).

const TWELVE_HOURS = 12 * 60;

function matches(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'time') return a.value % TWELVE_HOURS === b.value % TWELVE_HOURS;
  if (a.kind === 'number') return sameValue(a.value, b.value);
  return a.value === b.value;
}

/** Pairs source and target quantities, exact values before rounded ones; returns the pairs and what is left. */
function pair(source: Quantity[], target: Quantity[]) {
  const usedTarget = new Set<number>();
  const usedSource = new Set<number>();
  const pairs: [Quantity, Quantity][] = [];
  for (const exact of [true, false]) {
    source.forEach((s, i) => {
      if (usedSource.has(i)) return;
      const j = target.findIndex((t, k) => !usedTarget.has(k) && (exact ? t.kind === s.kind && t.value === s.value : matches(s, t)));
      if (j < 0) return;
      usedSource.add(i);
      usedTarget.add(j);
      pairs.push([s, target[j]]);
    });
  }
  return { pairs, source: source.filter((_, i) => !usedSource.has(i)), target: target.filter((_, j) => !usedTarget.has(j)) };
}

function checkOf(quantities: Quantity[]): QaCheck {
  if (quantities.some((q) => q.kind !== 'number' || q.dateRole === 'day')) return 'date';
  if (quantities.some((q) => q.unit !== null)) return 'amount';
  return 'number';
}

function quote(text: string, quantities: Quantity[]): string {
  return quantities.map((q) => `"${text.slice(q.start, q.end).trim()}"`).join(', ');
}

const UNIT_NAMES: Record<string, string> = {
  KRW: 'won',
  USD: 'dollars',
  JPY: 'yen',
  EUR: 'euros',
  GBP: 'pounds',
  CNY: 'yuan',
  percent: 'per cent',
  times: 'times',
};

export function checkQuantities(source: string, target: string, sourceLang: string, targetLang: string): QaFinding[] {
  const result = pair(extractQuantities(source, sourceLang), extractQuantities(target, targetLang));
  const findings: QaFinding[] = [];
  for (const [s, t] of result.pairs) {
    if (s.unit && t.unit && s.unit !== t.unit) {
      const params = { source: quote(source, [s]), sourceUnit: s.unit, target: quote(target, [t]), targetUnit: t.unit };
      findings.push({
        check: 'amount',
        message: `${params.source} is in ${UNIT_NAMES[s.unit]}, the translation says ${UNIT_NAMES[t.unit]} (${params.target}).`,
        code: 'unit',
        params,
        source: [{ start: s.start, end: s.end }],
        target: [{ start: t.start, end: t.end }],
      });
    }
  }
  // Unmatched values of one kind on both sides disagree; a lone unmatched value on one side is an omission.
  const groups: ((q: Quantity) => boolean)[] = [
    (q) => q.kind === 'number',
    (q) => q.kind === 'month',
    (q) => q.kind === 'weekday',
    (q) => q.kind === 'time',
  ];
  for (const inGroup of groups) {
    const s = result.source.filter(inGroup);
    const t = result.target.filter(inGroup);
    if (s.length === 0 || t.length === 0) continue;
    const params = { source: quote(source, s), target: quote(target, t) };
    findings.push({
      check: checkOf([...s, ...t]),
      message: `${params.source} has no counterpart in the translation, which has ${params.target} instead.`,
      code: 'unmatched',
      params,
      source: s.map((q) => ({ start: q.start, end: q.end })),
      target: t.map((q) => ({ start: q.start, end: q.end })),
    });
  }
  return findings;
}

// npm run bench:qa — translation QA against errors seeded at run time into the NTREX Korean–English dev gold
// pairs (read from ../shared, never copied into the repo). Each aligned bead is a clean control; each bead also
// yields at most one variant per error kind with one error put into its English side: a number, an amount or
// its unit, a date, a name, a dropped negation. Reports precision and recall per check and the share of clean
// controls flagged (issue 14: numbers/amounts/dates precision ≥ 0.95, recall ≥ 0.90; names and negation
// precision ≥ 0.85; controls flagged ≤ 2%).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadNtrex, sharedRoot } from '../align/eval-sets';
import { seededRandom } from '../../lib/seeded-random';
import { writeBenchResult } from '../lib/results';
import { checkDocument, type QaBead, type QaCheck, type QaFinding } from '@/lib/qa';
import { documentNames } from '@/lib/qa/check-names';
import { extractQuantities, sameValue } from '@/lib/qa/quantities';
import { runBench } from '../lib/run-bench';

type Kind = 'number' | 'amount' | 'date' | 'name' | 'negation';
const KINDS: Kind[] = ['number', 'amount', 'date', 'name', 'negation'];
const QUANTITY: ReadonlySet<QaCheck> = new Set(['number', 'amount', 'date']);

const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined;
const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

/** Changes one significant digit inside [start, end) of the text. */
function changeDigit(random: () => number, text: string, start: number, end: number): string | null {
  const positions: number[] = [];
  for (let i = start; i < end; i++) if (/\d/.test(text[i])) positions.push(i);
  const significant = positions.filter((i, k) => k === 0 || text[i] !== '0' || positions.slice(k).some((j) => text[j] !== '0'));
  const at = pick(random, significant.slice(0, 3));
  if (at === undefined) return null;
  const digits = '0123456789'.split('').filter((d) => d !== text[at] && !(d === '0' && at === positions[0]));
  return splice(text, at, at + 1, pick(random, digits)!);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const CURRENCY_SWAPS: [RegExp, string][] = [
  [/^\$/, '€'],
  [/^€/, '$'],
  [/^£/, '$'],
  [/dollars?/i, 'euros'],
  [/euros?/i, 'dollars'],
  [/won\b/i, 'yen'],
  [/yen\b/i, 'won'],
  [/pounds?/i, 'dollars'],
];
const NEGATIONS: [RegExp, string][] = [
  [/\b(do|does|did|is|are|was|were|could|would|should|has|have|had)n['’]t\b/i, '$1'],
  [/\bcan['’]t\b/i, 'can'],
  [/\bwon['’]t\b/i, 'will'],
  [/\bcannot\b/i, 'can'],
  [/\s(not|never)\b/i, ''],
];

function seed(kind: Kind, random: () => number, bead: QaBead, names: Map<string, Set<string>>, pool: string[]): string | null {
  const en = bead.target;
  const enQ = extractQuantities(en, 'en');
  const koQ = extractQuantities(bead.source, 'ko');
  const paired = enQ.filter((q) =>
    koQ.some((k) => k.kind === q.kind && (q.kind === 'number' ? sameValue(k.value, q.value) : k.value === q.value)),
  );
  const stillPaired = (text: string) => extractQuantities(text, 'en').length === enQ.length;
  if (kind === 'number' || kind === 'amount') {
    const q = pick(
      random,
      paired.filter((p) => p.kind === 'number' && p.dateRole === null && (kind === 'amount') === (p.unit !== null)),
    );
    if (!q) return null;
    if (kind === 'amount' && q.unit && !['percent', 'times'].includes(q.unit) && random() < 0.5) {
      const span = en.slice(q.start, q.end);
      const swap = CURRENCY_SWAPS.find(([re]) => re.test(span));
      if (swap) return splice(en, q.start, q.end, span.replace(swap[0], swap[1]));
    }
    const changed = changeDigit(random, en, q.start, q.end);
    if (!changed || !stillPaired(changed)) return null;
    const value = extractQuantities(changed, 'en').find((x) => x.start === q.start)?.value;
    return value !== undefined && koQ.some((k) => sameValue(k.value, value)) ? null : changed;
  }
  if (kind === 'date') {
    const q = pick(
      random,
      paired.filter((p) => p.kind === 'month' || p.kind === 'weekday' || p.dateRole === 'day'),
    );
    if (!q) return null;
    const span = en.slice(q.start, q.end);
    if (q.kind === 'month') {
      const other = pick(
        random,
        MONTHS.filter((_, i) => i + 1 !== q.value),
      )!;
      return splice(
        en,
        q.start,
        q.end,
        MONTHS.includes(span.replace(/\.$/, ''))
          ? `${other}${span.endsWith('.') ? '.' : ''}`
          : `${other.slice(0, 3)}${span.endsWith('.') ? '.' : ''}`,
      );
    }
    if (q.kind === 'weekday')
      return splice(
        en,
        q.start,
        q.end,
        pick(
          random,
          WEEKDAYS.filter((_, i) => i !== q.value),
        )!,
      );
    const day = pick(
      random,
      Array.from({ length: 28 }, (_, i) => i + 1).filter((d) => d !== q.value && !koQ.some((k) => k.value === d)),
    )!;
    return splice(en, q.start, q.end, span.replace(/\d+/, String(day)));
  }
  if (kind === 'name') {
    const spelled = [...names.values()].flatMap((s) => [...s]).filter((e) => new RegExp(`\\b${e}\\b`).test(en));
    const name = pick(random, spelled);
    const other = pick(
      random,
      pool.filter((p) => !spelled.includes(p) && ![...names.values()].some((s) => s.has(p))),
    );
    return name && other ? en.replace(new RegExp(`\\b${name}\\b`), other) : null;
  }
  const negation = NEGATIONS.find(([re]) => re.test(en));
  return negation ? en.replace(negation[0], negation[1]) : null;
}

interface Tally {
  seeded: number;
  caught: number;
  truePositives: number;
  falsePositives: number;
}

function main(): void {
  if (!existsSync(path.join(sharedRoot, 'eval/dev/ntrex-ko-en'))) {
    console.log('bench:qa needs ../shared/eval/dev/ntrex-ko-en; skipped.');
    return;
  }
  const set = loadNtrex('clean');
  const documents = set.documents.map((doc) => ({
    name: doc.name,
    beads: doc.gold
      .filter((b) => b.source.length > 0 && b.target.length > 0)
      .map((b) => ({ source: b.source.map((i) => doc.source[i]).join(' '), target: b.target.map((i) => doc.target[i]).join(' ') })),
  }));
  const pool = [...new Set(documents.flatMap((d) => [...documentNames(d.beads).spellings.values()].flatMap((s) => [...s])))];
  const tally = Object.fromEntries(
    [...KINDS, 'glossary'].map((k) => [k, { seeded: 0, caught: 0, truePositives: 0, falsePositives: 0 }]),
  ) as Record<QaCheck, Tally>;
  let controls = 0;
  let controlsFlagged = 0;
  const examples: string[] = [];
  const random = seededRandom(20261207);
  for (const doc of documents) {
    const clean = checkDocument(doc.beads, { sourceLang: 'ko', targetLang: 'en' });
    const names = documentNames(doc.beads).spellings;
    clean.forEach((findings, i) => {
      controls += 1;
      if (findings.length) {
        controlsFlagged += 1;
        if (examples.length < 40 && process.argv.includes('--examples'))
          examples.push(`CONTROL ${doc.name}#${i} ${findings.map((f) => `${f.check}: ${f.message}`).join(' | ')}`);
      }
      for (const f of findings) tally[f.check].falsePositives += 1;
    });
    doc.beads.forEach((bead, i) => {
      for (const kind of KINDS) {
        const target = seed(kind, random, bead, names, pool);
        if (target === null || target === bead.target) continue;
        const beads = doc.beads.map((b, j) => (j === i ? { source: b.source, target } : b));
        const found: QaFinding[] = checkDocument(beads, { sourceLang: 'ko', targetLang: 'en' })[i];
        const before = new Set(clean[i].map((f) => f.check));
        tally[kind].seeded += 1;
        const right = (c: QaCheck) => (kind === 'number' || kind === 'amount' || kind === 'date' ? QUANTITY.has(c) : c === kind);
        if (found.some((f) => right(f.check) && !before.has(f.check))) tally[kind].caught += 1;
        else if (process.argv.includes(`--missed=${kind}`)) examples.push(`MISSED ${kind} ${doc.name}#${i} ${bead.source} || ${target}`);
        for (const f of found) {
          if (before.has(f.check)) continue; // already counted on the control
          const ok = QUANTITY.has(f.check) ? ['number', 'amount', 'date'].includes(kind) : f.check === kind;
          if (ok) tally[f.check].truePositives += 1;
          else tally[f.check].falsePositives += 1;
        }
      }
    });
  }
  const rows = [];
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
  console.log('check      seeded  recall  precision (flags)');
  for (const kind of KINDS) {
    const t = tally[kind];
    const flags = t.truePositives + t.falsePositives;
    const recall = t.seeded ? t.caught / t.seeded : Number.NaN;
    const precision = flags ? t.truePositives / flags : Number.NaN;
    console.log(`${kind.padEnd(10)} ${String(t.seeded).padStart(6)}  ${fmt(recall)}   ${fmt(precision)} (${flags})`);
    rows.push({
      what: `QA ${kind}: ${t.seeded} seeded errors`,
      figure: `recall ${fmt(recall)}, precision ${fmt(precision)} (${flags} flags)`,
    });
  }
  const share = controlsFlagged / controls;
  console.log(`clean controls flagged: ${controlsFlagged} of ${controls} (${(share * 100).toFixed(1)}%)`);
  rows.push({ what: `QA clean controls flagged (${controls} NTREX beads)`, figure: `${controlsFlagged} (${(share * 100).toFixed(1)}%)` });
  console.log(examples.join('\n'));
  writeBenchResult('qa', rows);
}

runBench(main);

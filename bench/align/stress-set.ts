// A held-out-style stress set: pseudo-documents cut from the line-aligned KPC Korean-English news test
// split, edited (seeded) the way a free English edition departs from the Korean original: two English
// sentences merged into one, a long one split at a comma, 5-10% of sentences dropped on either side, one
// or two English-only sentences added (taken from far-away lines). Monotonic only. Gold follows the NTREX
// convention (null beads one per sentence). The corpus pairs are themselves automatic and noisy (see its
// README), so the figures are SYNTHETIC/NOISY: a floor on robustness, not a gold standard. Nothing is
// written into the repo; the generated files go to bench/out/stress-kpc/ for inspection.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadKpcPairs, repoRoot, type EvalDocument, type EvalSet } from './eval-sets';
import { formatBead, type ScoreBead } from './score-alignment';

import { seededRandom } from '../../lib/seeded-random';

const MIN_WINDOW = 15;
const MAX_WINDOW = 30;
const CHAR_RATIO: [number, number] = [0.25, 1.0];
const JOINERS = [', and ', '; ', ' — '];
const FAR_AWAY = 200;

/** A pair looks broken when its Korean/English character ratio is far from the corpus median (~0.5). */
export function pairLooksBroken(ko: string, en: string): boolean {
  const r = ko.trim().length / Math.max(1, en.trim().length);
  return r < CHAR_RATIO[0] || r > CHAR_RATIO[1] || ko.trim() === '' || en.trim() === '';
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) && !/^(I|I'm|I've)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Joins two English sentences into one, as an editor would: "A, and b." / "A; b." / "A — b." */
export function mergeEnglish(a: string, b: string, joiner: string): string {
  return `${a.trim().replace(/[.]$/, '')}${joiner}${joiner === '; ' || joiner === ', and ' ? lowerFirst(b.trim()) : b.trim()}`;
}

/** Splits at the comma nearest the middle whose two parts both have at least 5 words, or null. */
export function splitEnglish(s: string): [string, string] | null {
  const text = s.trim();
  let best: [string, string] | null = null;
  let bestDistance = Infinity;
  for (const m of text.matchAll(/,\s+/g)) {
    const at = m.index ?? 0;
    const left = text.slice(0, at);
    const right = text.slice(at + m[0].length);
    if (/\d$/.test(left) && /^\d/.test(right)) continue;
    if (words(left).length < 5 || words(right).length < 5) continue;
    const distance = Math.abs(at - text.length / 2);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [`${left}.`, upperFirst(right)];
    }
  }
  return best;
}

interface Unit {
  ko: string | null;
  en: string[];
  /** Number of corpus lines this unit holds on the Korean side (2 after a merge). */
  koLines: string[];
  paragraph: number;
}

function cutWindows(ko: string[], en: string[], rand: () => number): [number, number][] {
  const windows: [number, number][] = [];
  let p = 0;
  while (p + MIN_WINDOW <= ko.length) {
    const length = MIN_WINDOW + Math.floor(rand() * (MAX_WINDOW - MIN_WINDOW + 1));
    const end = Math.min(ko.length, p + length);
    let broken = -1;
    for (let k = p; k < end; k++) if (pairLooksBroken(ko[k], en[k])) broken = k;
    if (broken >= 0) p = broken + 1;
    else if (end - p >= MIN_WINDOW) {
      windows.push([p, end]);
      p = end;
    } else break;
  }
  return windows;
}

/** Builds one pseudo-document from corpus lines [from, to). */
export function buildStressDocument(ko: string[], en: string[], from: number, to: number, rand: () => number, name: string): EvalDocument {
  const n = to - from;
  const paragraphs = 3 + Math.floor(rand() * 4);
  const cuts = new Set<number>();
  while (cuts.size < Math.min(paragraphs - 1, n - 1)) cuts.add(1 + Math.floor(rand() * (n - 1)));
  let para = 0;
  let units: Unit[] = [];
  for (let k = 0; k < n; k++) {
    if (cuts.has(k)) para++;
    units.push({ ko: ko[from + k], koLines: [ko[from + k]], en: [en[from + k]], paragraph: para });
  }
  const intact = (u: Unit) => u.ko !== null && u.en.length === 1 && u.koLines.length === 1;
  // drops: 5-10% of the sentences, never two adjacent, each on a random side
  const drops = Math.max(1, Math.round(n * (0.05 + rand() * 0.05)));
  for (let tries = 0, done = 0; done < drops && tries < 100; tries++) {
    const k = Math.floor(rand() * n);
    if (!intact(units[k]) || (k > 0 && !intact(units[k - 1])) || (k + 1 < n && !intact(units[k + 1]))) continue;
    if (rand() < 0.5) units[k] = { ...units[k], ko: null, koLines: [] };
    else units[k] = { ...units[k], en: [] };
    done++;
  }
  // merges of two adjacent English sentences (same paragraph), then splits of long ones
  const merges = 1 + Math.floor(rand() * Math.max(1, Math.round(n / 10)));
  for (let tries = 0, done = 0; done < merges && tries < 100; tries++) {
    const k = Math.floor(rand() * (units.length - 1));
    const a = units[k];
    const b = units[k + 1];
    if (!intact(a) || !intact(b) || a.paragraph !== b.paragraph) continue;
    const joiner = JOINERS[Math.floor(rand() * JOINERS.length)];
    const merged: Unit = {
      ko: `${a.ko} ${b.ko}`,
      koLines: [a.koLines[0], b.koLines[0]],
      en: [mergeEnglish(a.en[0], b.en[0], joiner)],
      paragraph: a.paragraph,
    };
    units = [...units.slice(0, k), merged, ...units.slice(k + 2)];
    done++;
  }
  const splits = 1 + Math.floor(rand() * Math.max(1, Math.round(n / 10)));
  for (let tries = 0, done = 0; done < splits && tries < 100; tries++) {
    const k = Math.floor(rand() * units.length);
    if (!intact(units[k])) continue;
    const parts = splitEnglish(units[k].en[0]);
    if (!parts) continue;
    units[k] = { ...units[k], en: parts };
    done++;
  }
  // additions: 1-2 English-only sentences from lines at least FAR_AWAY away
  const additions = 1 + Math.floor(rand() * 2);
  for (let a = 0; a < additions; a++) {
    let line = -1;
    for (let tries = 0; tries < 100 && line < 0; tries++) {
      const c = Math.floor(rand() * en.length);
      if (Math.abs(c - from) > FAR_AWAY && Math.abs(c - to) > FAR_AWAY && !pairLooksBroken(ko[c], en[c]) && words(en[c]).length >= 6)
        line = c;
    }
    if (line < 0) continue;
    const at = Math.floor(rand() * (units.length + 1));
    const paragraph = units[Math.min(at, units.length - 1)].paragraph;
    units = [...units.slice(0, at), { ko: null, koLines: [], en: [en[line]], paragraph }, ...units.slice(at)];
  }
  // flatten into the two files and the gold (a 1-0 / 0-1 bead per sentence)
  const source: string[] = [];
  const target: string[] = [];
  const sourceParagraphs: number[] = [];
  const targetParagraphs: number[] = [];
  const gold: ScoreBead[] = [];
  for (const u of units) {
    const s = u.koLines.map((line) => (sourceParagraphs.push(u.paragraph), source.push(line) - 1));
    const t = u.en.map((line) => (targetParagraphs.push(u.paragraph), target.push(line) - 1));
    if (s.length > 0 && t.length > 0) gold.push({ source: s, target: t });
    else {
      for (const i of s) gold.push({ source: [i], target: [] });
      for (const j of t) gold.push({ source: [], target: [j] });
    }
  }
  return { name, source, target, gold, sourceParagraphs, targetParagraphs };
}

/** Gold must cover every sentence of both sides once, in order (what the scorer and the engine assume). */
function checkGold(d: EvalDocument): void {
  const s = d.gold.flatMap((g) => g.source);
  const t = d.gold.flatMap((g) => g.target);
  const ok = (ids: number[], n: number) => ids.length === n && ids.every((x, k) => x === k);
  if (!ok(s, d.source.length) || !ok(t, d.target.length))
    throw new Error(`stress set: gold of ${d.name} does not cover its sentences in order`);
}

/** The stress set (with paragraph marks, and the same documents without them), or null without the corpus. */
export function loadStressSets(seed = 20261128): [EvalSet, EvalSet] | null {
  const pairs = loadKpcPairs('test');
  if (!pairs) return null;
  const rand = seededRandom(seed);
  const documents = cutWindows(pairs.ko, pairs.en, rand).map(([from, to], k) =>
    buildStressDocument(pairs.ko, pairs.en, from, to, rand, `kpc-${String(k).padStart(3, '0')}`),
  );
  documents.forEach(checkGold);
  const flat = documents.map(({ sourceParagraphs: _s, targetParagraphs: _t, ...d }) => d);
  const dir = path.join(repoRoot, 'bench/out/stress-kpc');
  mkdirSync(dir, { recursive: true });
  for (const d of documents) {
    writeFileSync(path.join(dir, `${d.name}.src`), `${d.source.join('\n')}\n`);
    writeFileSync(path.join(dir, `${d.name}.tgt`), `${d.target.join('\n')}\n`);
    writeFileSync(path.join(dir, `${d.name}.gold`), `${d.gold.map(formatBead).join('\n')}\n`);
    writeFileSync(path.join(dir, `${d.name}.para`), `${d.sourceParagraphs?.join(' ')}\n${d.targetParagraphs?.join(' ')}\n`);
  }
  const label = 'KPC ko-en stress (synthetic, noisy)';
  return [
    { name: `${label}, paragraphs`, srcLang: 'ko', tgtLang: 'en', documents },
    { name: `${label}, no paragraphs`, srcLang: 'ko', tgtLang: 'en', documents: flat },
  ];
}

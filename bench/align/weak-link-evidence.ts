// Diagnostic (not a test): the second look's weighing (reexamine-weak-links.ts) of every substituted pair of
// the NTREX substitution stress set the search linked 1-1, and of the true NTREX dev clean 1-1 links it
// weighed (weak ones), so a change of evidence can be judged pair by pair before any weight moves.
// Usage: npx tsx bench/align/weak-link-evidence.ts [seed] [--clean] [--all]
//   --all also prints the substituted pairs the second look already splits.
import { buildLexicon } from '../../lib/align-engine';
import { alignRange } from '../../lib/align-engine/align-range';
import type { PathBead } from '../../lib/align-engine/lattice';
import { learnDocumentLexicon } from '../../lib/align-engine/learn-document-lexicon';
import { DEFAULT_PARAMS } from '../../lib/align-engine/model-params';
import { prepareDocument, type PreparedDocument } from '../../lib/align-engine/prepare-document';
import { weighWeakLinks, type WeakLinkWeighing } from '../../lib/align-engine/reexamine-weak-links';
import type { AlignInputSegment, AlignOptions } from '../../lib/align-engine/types';
import { loadNtrex } from './eval-sets';
import { loadHardSets } from './hard-sets';

const seed = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 20261207);
const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
const opts: AlignOptions = { srcLang: 'ko', tgtLang: 'en', lexicon };
const asInput = (lines: string[]): AlignInputSegment[] => lines.map((text) => ({ text }));
const range = (k: number) => Array.from({ length: k }, (_, x) => x);

/** alignDocument's path before the second look, with the weighing of its weak links. */
function weighed(source: AlignInputSegment[], target: AlignInputSegment[]) {
  let doc: PreparedDocument = prepareDocument(source, target, opts);
  let r = alignRange(doc, range(source.length), range(target.length), DEFAULT_PARAMS, 4_000_000, null);
  const learned = learnDocumentLexicon(doc, r.beads);
  if (learned.length > 0) {
    doc = prepareDocument(source, target, { ...opts, lexicon: { ...lexicon, entries: [...lexicon.entries, ...learned] } });
    r = alignRange(doc, range(source.length), range(target.length), DEFAULT_PARAMS, 4_000_000, null);
  }
  return { doc, beads: r.beads, weights: weighWeakLinks(doc, r.beads, r.model, DEFAULT_PARAMS) };
}

const f = (x: number) => x.toFixed(2);
const keysOf = (doc: PreparedDocument, side: 'source' | 'target', k: number) =>
  Array.from(doc.table[side].ids[k], (id) => doc.table.keys[id]).join(' ');
function show(tag: string, doc: PreparedDocument, b: PathBead, w: WeakLinkWeighing | null, ko: string, en: string): void {
  const split = w !== null && w.odds >= DEFAULT_PARAMS.substitutionRatio;
  const terms = w
    ? `shared ${f(w.shared)} missing ${f(w.missing)} link ${f(w.linkCost)} subst ${f(w.substitutionCost)} against ${f(w.against)} unexpl ${f(w.unexplained)} odds ${w.odds.toPrecision(2)}`
    : 'not weighed (strong)';
  console.log(`${tag} ${split ? 'SPLIT' : 'LINK '} [${b.i0}]:[${b.j0}] post ${f(b.posterior)} ${terms}`);
  console.log(`  ko (${ko.length}): ${ko}\n     ${keysOf(doc, 'source', b.i0)}`);
  console.log(`  en (${en.length}): ${en}\n     ${keysOf(doc, 'target', b.j0)}`);
}

const hard = loadHardSets(seed, false);
let linked = 0;
let total = 0;
for (const d of hard.substitution.documents) {
  const { doc, beads, weights } = weighed(asInput(d.source), asInput(d.target));
  for (const [i, j] of d.substitutions) {
    total++;
    const k = beads.findIndex((b) => !b.substituted && b.i0 === i && b.j0 === j && b.i1 === i + 1 && b.j1 === j + 1);
    if (k < 0) continue;
    const w = weights[k];
    const split = w !== null && w.odds >= DEFAULT_PARAMS.substitutionRatio;
    if (!split) linked++;
    if (!split || process.argv.includes('--all')) show(d.name, doc, beads[k], w, d.source[i], d.target[j]);
  }
}
console.log(`substituted pairs still linked 1-1 after the second look: ${linked} / ${total}`);

if (process.argv.includes('--clean')) {
  let weak = 0;
  let split = 0;
  for (const d of loadNtrex('clean').documents) {
    const { doc, beads, weights } = weighed(asInput(d.source), asInput(d.target));
    const gold = new Set(d.gold.filter((g) => g.source.length === 1 && g.target.length === 1).map((g) => `${g.source[0]}:${g.target[0]}`));
    beads.forEach((b, k) => {
      const w = weights[k];
      if (w === null || !gold.has(`${b.i0}:${b.j0}`)) return;
      weak++;
      if (w.odds >= DEFAULT_PARAMS.substitutionRatio) split++;
      if (w.odds >= 0.05) show(`clean ${d.name}`, doc, b, w, d.source[b.i0], d.target[b.j0]);
    });
  }
  console.log(`true NTREX clean 1-1 links weighed: ${weak}, split by the second look: ${split} (printed: odds >= 0.05)`);
}

if (process.argv.includes('--hist')) {
  const rows: string[] = [];
  for (const d of hard.substitution.documents) {
    const { beads, weights } = weighed(asInput(d.source), asInput(d.target));
    const subs = new Set(d.substitutions.map(([i, j]) => `${i}:${j}`));
    beads.forEach((b, k) => {
      const w = weights[k];
      if (w === null) return;
      const kind = subs.has(`${b.i0}:${b.j0}`) ? 'SUB' : 'other';
      rows.push(
        `${kind}\t${w.shared === 0 ? 0 : 1}\t${Math.log(w.odds).toFixed(2)}\t${d.source[b.i0].length}\t${d.target[b.j0].length}\t${w.against.toFixed(2)}\t${w.missing.toFixed(2)}`,
      );
    });
  }
  for (const d of loadNtrex('clean').documents) {
    const { beads, weights } = weighed(asInput(d.source), asInput(d.target));
    const gold = new Set(d.gold.map((g) => `${g.source.join(',')}:${g.target.join(',')}`));
    beads.forEach((b, k) => {
      const w = weights[k];
      if (w === null) return;
      rows.push(
        `${gold.has(`${b.i0}:${b.j0}`) ? 'TRUE' : 'WRONG'}\t${w.shared === 0 ? 0 : 1}\t${Math.log(w.odds).toFixed(2)}\t${d.source[b.i0].length}\t${d.target[b.j0].length}\t${w.against.toFixed(2)}\t${w.missing.toFixed(2)}`,
      );
    });
  }
  console.log(rows.join('\n'));
}

// Quick strict F1 of the engine (no hunalign, no --moves, no report) on the Korean sets, plus substituted pairs
// linked on the substitution stress set: for trying a change before a full `npm run bench:align`. Not a test.
// Usage: npx tsx bench/align/quick-quality.ts [--sets newsroom,clean]
import { alignSegments, buildLexicon } from '../../lib/align-engine';
import { loadNewsroom, loadNtrex, type EvalSet } from './eval-sets';
import { loadHardSets } from './hard-sets';
import { scoreDocuments } from './score-alignment';

const at = process.argv.indexOf('--sets');
const only = at > 0 ? process.argv[at + 1].split(',') : null;
const hard = loadHardSets();
const sets = [loadNtrex('clean'), loadNtrex('omissions'), loadNewsroom(), hard.substitution].filter(
  (s): s is EvalSet => s !== null && (only === null || only.some((w) => s.name.includes(w))),
);
for (const set of sets) {
  const lexicon = buildLexicon({ srcLang: set.srcLang, tgtLang: set.tgtLang });
  const opts = { srcLang: set.srcLang, tgtLang: set.tgtLang, lexicon };
  let linked = 0;
  let total = 0;
  const docs = set.documents.map((d) => {
    const input = (lines: string[], paras?: number[]) => lines.map((text, k) => (paras ? { text, paragraph: paras[k] } : { text }));
    const beads = alignSegments(input(d.source, d.sourceParagraphs), input(d.target, d.targetParagraphs), opts);
    for (const [i, j] of d.substitutions ?? []) {
      total++;
      if (beads.some((b) => b.source.includes(i) && b.target.includes(j))) linked++;
    }
    return { gold: d.gold, test: beads.map((b) => ({ source: b.source, target: b.target })) };
  });
  const s = scoreDocuments(docs);
  const extra = total > 0 ? `; substituted pairs linked ${linked} / ${total}` : '';
  process.stdout.write(`${set.name}: strict F1 ${s.strict.f1.toFixed(3)}${extra}\n`);
}

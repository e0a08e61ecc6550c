// Diagnostic (not a test): which substituted pairs of the NTREX substitution stress set does the engine
// still link, and which true 1-1 pairs of NTREX dev clean are split? Prints each pair with its confidence
// and reason. `npx tsx bench/align/substitution-diagnose.ts [seed]`
import { alignSegments, buildLexicon } from '../../lib/align-engine';
import { loadNtrex } from './eval-sets';
import { loadHardSets } from './hard-sets';

const seed = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 20261207);
const hard = loadHardSets(seed, false);
const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
const opts = { srcLang: 'ko', tgtLang: 'en', lexicon };
const asInput = (lines: string[]) => lines.map((text) => ({ text }));

let linked = 0;
let total = 0;
for (const d of hard.substitution.documents) {
  const beads = alignSegments(asInput(d.source), asInput(d.target), opts);
  for (const [i, j] of d.substitutions) {
    total++;
    const b = beads.find((x) => x.source.includes(i) && x.target.includes(j));
    if (!b) continue;
    linked++;
    const end = i === d.source.length - 1 && j === d.target.length - 1 ? ' END' : '';
    console.log(`LINKED ${d.name} [${b.source}]:[${b.target}] conf=${b.confidence} ${b.reason}${end}`);
    console.log(`  ko: ${d.source[i]}`);
    console.log(`  en: ${d.target[j]}`);
  }
}
console.log(`substituted linked ${linked} / ${total}`);

if (process.argv.includes('--clean')) {
  const clean = loadNtrex('clean');
  let split = 0;
  for (const d of clean.documents) {
    const beads = alignSegments(asInput(d.source), asInput(d.target), opts);
    const have = new Set(beads.map((b) => `${b.source}:${b.target}`));
    for (const g of d.gold) {
      if (g.source.length === 1 && g.target.length === 1 && !have.has(`${g.source}:${g.target}`)) {
        split++;
        const got = beads.filter((b) => b.source.includes(g.source[0]) || b.target.includes(g.target[0]));
        console.log(
          `MISSED ${d.name} gold [${g.source}]:[${g.target}] got ${got.map((b) => `[${b.source}]:[${b.target}] ${b.confidence} ${b.reason}`).join(' | ')}`,
        );
        console.log(`  ko: ${d.source[g.source[0]]}`);
        console.log(`  en: ${d.target[g.target[0]]}`);
      }
    }
  }
  console.log(`clean 1-1 gold missed: ${split}`);
}

// CPU time of each engine stage on a synthetic long document (NTREX ko-en dev repeated).
// Usage: npx tsx bench/align/profile-stages.ts 20000
import { buildLexicon } from '../../lib/align-engine';
import { prepareDocument } from '../../lib/align-engine/prepare-document';
import { planBand } from '../../lib/align-engine/coarse-guide';
import { initialLengthModel } from '../../lib/align-engine/length-model';
import { searchLattice, type FixedCosts } from '../../lib/align-engine/lattice';
import { explainBead } from '../../lib/align-engine/explain-bead';
import { DEFAULT_PARAMS } from '../../lib/align-engine/model-params';
import { loadNtrex } from './eval-sets';
const size = Number(process.argv[2]);
const docs = loadNtrex('clean').documents;
const source: string[] = [],
  target: string[] = [];
for (let k = 0; source.length < size || target.length < size; k++) {
  source.push(...docs[k % docs.length].source);
  target.push(...docs[k % docs.length].target);
}
source.length = size;
target.length = size;
const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
let c = process.cpuUsage();
const lap = (name: string) => {
  const d = process.cpuUsage(c);
  console.log(name, ((d.user + d.system) / 1000).toFixed(0));
  c = process.cpuUsage();
};
const doc = prepareDocument(
  source.map((text) => ({ text })),
  target.map((text) => ({ text })),
  { srcLang: 'ko', tgtLang: 'en', lexicon },
);
lap('prepare');
const input = { ...doc.table };
const model = initialLengthModel(doc.table.source.length, doc.table.target.length);
const band = planBand(input, model, DEFAULT_PARAMS, 1e9);
lap('plan');
const fixed: FixedCosts = { values: null };
searchLattice(input, band, model, DEFAULT_PARAMS, false, undefined, fixed);
lap('fixed+viterbi');
const path = searchLattice(input, band, model, DEFAULT_PARAMS, true, undefined, fixed);
lap('viterbi+fwdbwd');
for (const b of path) explainBead(doc, b, model);
lap('explain');
console.log('cells', band.cells);

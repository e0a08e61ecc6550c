// CPU time of each engine stage on a synthetic long document (NTREX ko-en dev repeated), following the
// path alignWithMoves takes on a long Korean document (one search pass with posteriors,
// the second look at weak links, emitting, the moved-link pass on the same prepared document). Each stage
// runs `--repeat` times (default 3) and the least CPU time is reported: the machine is shared, and the least
// is the run that other processes disturbed least. Not a test.
// Usage: npx tsx bench/align/profile-stages.ts 20000 [--repeat 3]
import { buildLexicon } from '../../lib/align-engine';
import { alignAndPrepare } from '../../lib/align-engine/align-segments';
import { planBand } from '../../lib/align-engine/coarse-guide';
import { emitBeads } from '../../lib/align-engine/emit-beads';
import { findMovedLinksCounted } from '../../lib/align-engine/find-moved-links';
import { initialLengthModel } from '../../lib/align-engine/length-model';
import { searchLattice } from '../../lib/align-engine/lattice';
import { DEFAULT_PARAMS } from '../../lib/align-engine/model-params';
import { prepareDocument } from '../../lib/align-engine/prepare-document';
import { reexamineWeakLinks } from '../../lib/align-engine/reexamine-weak-links';
import { loadNtrex } from './eval-sets';
import { longDocument } from './long-document';

const size = Number(process.argv[2] ?? 20000);
const at = process.argv.indexOf('--repeat');
const repeat = at > 0 ? Number(process.argv[at + 1]) : 3;
const { source, target } = longDocument(loadNtrex('clean').documents, size);
const src = source.map((text) => ({ text }));
const tgt = target.map((text) => ({ text }));
const opts = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };

function stage<T>(name: string, run: () => T): T {
  let least = Infinity;
  let value: T | undefined;
  for (let k = 0; k < repeat; k++) {
    const c = process.cpuUsage();
    value = run();
    const d = process.cpuUsage(c);
    least = Math.min(least, (d.user + d.system) / 1000);
  }
  process.stdout.write(`${name.padEnd(22)} ${least.toFixed(0).padStart(6)} ms CPU\n`);
  return value as T;
}

const doc = stage('prepare', () => prepareDocument(src, tgt, opts));
const input = { ...doc.table };
const model = initialLengthModel(doc.table.source.length, doc.table.target.length);
const band = stage('plan band', () => planBand(input, model, DEFAULT_PARAMS, 1e9));
const path = stage('search + posteriors', () => searchLattice(input, band, model, DEFAULT_PARAMS, true));
const settled = stage('reexamine weak links', () => reexamineWeakLinks(doc, path, model, DEFAULT_PARAMS));
stage('emit beads', () => emitBeads(doc, settled, model));
const aligned = stage('alignSegments (all)', () => alignAndPrepare(src, tgt, opts));
stage('moved-link pass', () => findMovedLinksCounted(src, tgt, aligned.beads, opts, aligned.prepared));
process.stdout.write(`cells ${band.cells}, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);

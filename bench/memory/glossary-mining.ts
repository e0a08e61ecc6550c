// Glossary mining and terminology consistency on a real memory (issue 15, items 2 and 3). Not a test.
// Usage: npm run bench:glossary -- [--judge FILE]
// The memory is NTREX-128 Korean–English (1,997 sentence pairs of news, ../shared/eval/raw, read at run time),
// taken as if every pair were an approved bead. Prints the top 100 glossary proposals and the terms rendered more
// than one way, and the mining's cost. With --judge FILE (a TSV of `source<TAB>target<TAB>ok|wrong`, written by a
// person who read the proposals), reports the precision of the top 100; the judgements live outside the repo
// because they quote the corpus.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glossaryProposals, inconsistentTerms, termRenderings } from '../../lib/memory/term-renderings';
import { sharedRoot } from '../align/eval-sets';
import { writeBenchResult } from '../lib/results';
import { judgedPrecision } from './judged-precision';

const dir = path.join(sharedRoot, 'eval/raw/ntrex-ko-en');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent (NTREX lives in ../shared, outside the repo)`);
  process.exit(0);
}
const ko = readFileSync(path.join(dir, 'newstest2019-ref.kor.txt'), 'utf8').split('\n');
const en = readFileSync(path.join(dir, 'newstest2019-src.eng.txt'), 'utf8').split('\n');
const beads = ko.map((source, i) => ({ id: `n${i + 1}`, source, target: en[i] ?? '' })).filter((b) => b.source && b.target);

const cpu = process.cpuUsage();
const all = termRenderings(beads);
const proposals = glossaryProposals(all, []).slice(0, 100);
const inconsistent = inconsistentTerms(all);
const used = process.cpuUsage(cpu);
const seconds = (used.user + used.system) / 1e6;

for (const [i, p] of proposals.entries()) console.log(`${i + 1}\t${p.source}\t${p.target}\t${p.kind}\t${p.count}/${p.beads}\t${p.dice}`);
console.log(`\n${inconsistent.length} terms rendered more than one way (top 15):`);
for (const t of inconsistent.slice(0, 15))
  console.log(`${t.term} (${t.beads}): ${t.renderings.map((r) => `${r.text} ${r.count}×`).join(', ')}`);

const rows = [
  {
    what: `glossary mining, NTREX-128 ko-en as a memory (${beads.length} pairs): terms, proposals, terms rendered more than one way`,
    figure: `${all.length} recurring terms, ${glossaryProposals(all, []).length} proposals, ${inconsistent.length} inconsistent; ${seconds.toFixed(2)} s CPU`,
    command: 'npm run bench:glossary',
  },
];
const judgeAt = process.argv.indexOf('--judge');
if (judgeAt > 0) {
  const { ok, judged, figure } = judgedPrecision(process.argv[judgeAt + 1], proposals);
  console.log(`\nprecision of the top ${proposals.length}: ${ok} / ${judged} judged correct`);
  rows.push({
    what: 'glossary mining, NTREX-128 ko-en: precision of the top 100 proposals (judged by hand)',
    figure,
    command: 'npm run bench:glossary -- --judge FILE',
  });
}
writeBenchResult('glossary-mining', rows);

// The engine's exact output (beads, confidences, reasons, moved links) on every bench set and on two long
// synthetic documents, so a speed change can be proven not to change a single bead. Not a test.
// Usage: npx tsx bench/align/output-fingerprint.ts save    (writes bench/out/fingerprint/<set>.txt)
//        npx tsx bench/align/output-fingerprint.ts check   (recomputes; prints the first differing line per set)
//        add --quick to skip the two 20k documents.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignWithMoves, buildLexicon, type EngineBead } from '../../lib/align-engine';
import { loadNewsroom, loadNtrex, loadTextBergDev, loadTextBergTest, repoRoot, type EvalSet } from './eval-sets';
import { loadHardSets } from './hard-sets';
import { longDocument } from './long-document';
import { loadStressSets } from './stress-set';

const line = (b: EngineBead) => `${b.source.join(',')}:${b.target.join(',')}\t${b.confidence}\t${b.reason}`;

function dumpSet(set: EvalSet): string {
  const lexicon = buildLexicon({ srcLang: set.srcLang, tgtLang: set.tgtLang });
  const opts = { srcLang: set.srcLang, tgtLang: set.tgtLang, lexicon };
  const out: string[] = [];
  for (const d of set.documents) {
    const input = (lines: string[], paras?: number[]) => lines.map((text, k) => (paras ? { text, paragraph: paras[k] } : { text }));
    const source = input(d.source, d.sourceParagraphs);
    const target = input(d.target, d.targetParagraphs);
    const { monotonic, beads, moves } = alignWithMoves(source, target, opts);
    out.push(
      `# ${d.name}`,
      ...monotonic.map(line),
      '## after moved pass',
      ...beads.map(line),
      '## moves',
      ...moves.map((m) => JSON.stringify(m)),
    );
  }
  return `${out.join('\n')}\n`;
}

/** The set's long document (long-document.ts, as the scaling and cost benches build it) as a set of its own. */
function repeated(set: EvalSet, size: number, name: string): EvalSet {
  const { source, target } = longDocument(set.documents, size);
  return { ...set, name, documents: [{ name, source, target, gold: [] }] };
}

function sets(quick: boolean): EvalSet[] {
  const hard = loadHardSets();
  const all: (EvalSet | null)[] = [
    loadNtrex('clean'),
    loadNtrex('omissions'),
    loadTextBergDev(),
    loadTextBergTest(),
    loadNewsroom(),
    hard.substitution,
    hard.moved,
    ...(loadStressSets() ?? []),
  ];
  if (!quick) all.push(repeated(loadNtrex('clean'), 20000, 'ntrex-clean-20k'), repeated(hard.moved, 20000, 'moved-20k'));
  return all.filter((s): s is EvalSet => s !== null);
}

function main(): void {
  const mode = process.argv[2];
  if (mode !== 'save' && mode !== 'check') throw new Error('usage: output-fingerprint.ts save|check [--quick]');
  const dir = path.join(repoRoot, 'bench/out/fingerprint');
  mkdirSync(dir, { recursive: true });
  let differ = 0;
  for (const set of sets(process.argv.includes('--quick'))) {
    const file = path.join(dir, `${set.name.replace(/[^A-Za-z0-9]+/g, '-')}.txt`);
    const text = dumpSet(set);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    if (mode === 'save') {
      writeFileSync(file, text);
      process.stdout.write(`saved ${set.name}: ${hash}\n`);
      continue;
    }
    if (!existsSync(file)) throw new Error(`no saved fingerprint for ${set.name}; run save first`);
    const before = readFileSync(file, 'utf8');
    if (before === text) {
      process.stdout.write(`same  ${set.name}: ${hash}\n`);
      continue;
    }
    differ++;
    const a = before.split('\n');
    const b = text.split('\n');
    const k = a.findIndex((x, i) => x !== b[i]);
    process.stdout.write(`DIFF  ${set.name} at line ${k + 1}:\n  was ${a[k]}\n  now ${b[k]}\n`);
  }
  if (differ > 0) process.exitCode = 1;
}

main();

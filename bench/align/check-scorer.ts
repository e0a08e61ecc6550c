// Checks the scorer against the published reference figures named in the eval READMEs
// (MAC-Test system outputs, Text+Berg hunalign-nulldic). A scorer that reproduces them to 3 decimals
// follows the convention; the bench refuses to report numbers otherwise.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readBeadsDir, sharedRoot } from './eval-sets';
import { scoreDocuments } from './score-alignment';

interface Expected {
  name: string;
  strict: [number, number, number];
  laxF1: number;
}

const MAC_EXPECTED: Expected[] = [
  { name: 'galechurch', strict: [0.477, 0.505, 0.491], laxF1: 0.731 },
  { name: 'hunalign', strict: [0.585, 0.675, 0.627], laxF1: 0.85 },
  { name: 'bleualign', strict: [0.712, 0.65, 0.68], laxF1: 0.902 },
  { name: 'vecalign', strict: [0.87, 0.903, 0.886], laxF1: 0.995 },
  { name: 'mbert', strict: [0.91, 0.92, 0.915], laxF1: 0.997 },
];

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function check(label: string, got: ReturnType<typeof scoreDocuments>, want: Expected): string | null {
  const gotStrict = [got.strict.precision, got.strict.recall, got.strict.f1].map(round3);
  const ok = gotStrict.every((v, i) => Math.abs(v - want.strict[i]) < 0.0015) && Math.abs(round3(got.lax.f1) - want.laxF1) < 0.0015;
  return ok
    ? null
    : `${label}: got strict ${gotStrict.join('/')} lax F1 ${round3(got.lax.f1)}, want ${want.strict.join('/')} lax F1 ${want.laxF1}`;
}

/** Returns a list of mismatches (empty when the scorer reproduces every reference figure). */
export function checkScorer(): string[] {
  const problems: string[] = [];
  const mac = path.join(sharedRoot, 'eval/raw/mac-test-zh-en-ids');
  const names = readdirSync(path.join(mac, 'gold')).sort();
  const gold = readBeadsDir(path.join(mac, 'gold'), names);
  for (const want of MAC_EXPECTED) {
    const test = readBeadsDir(path.join(mac, 'system', want.name), names);
    const got = scoreDocuments(gold.map((g, i) => ({ gold: g, test: test[i] })));
    const p = check(`MAC ${want.name}`, got, want);
    if (p) problems.push(p);
  }
  const tb = path.join(sharedRoot, 'eval/raw/text+berg-de-fr');
  const tbNames = readdirSync(path.join(tb, 'gold')).sort();
  const tbGold = readBeadsDir(path.join(tb, 'gold'), tbNames);
  const tbTest = readBeadsDir(path.join(tb, 'baselines/hunalign-nulldic'), tbNames);
  const got = scoreDocuments(tbGold.map((g, i) => ({ gold: g, test: tbTest[i] })));
  const p = check('Text+Berg hunalign-nulldic', got, { name: 'hunalign', strict: [0.723, 0.782, 0.751], laxF1: 0.868 });
  if (p) problems.push(p);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const problems = checkScorer();
  console.log(problems.length === 0 ? 'scorer OK: all reference figures reproduced to 3 decimals' : problems.join('\n'));
}

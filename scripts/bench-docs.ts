import fs from 'node:fs';
import { readBenchResults, renderBenchTable, replaceBenchTable } from '../bench/lib/results';

// `npm run bench:docs`: regenerates the README's benchmark table from bench/results/*.json.
// `npm run bench:docs -- --check`: exits 1 when the README's table is not what the results files say.
const README = 'README.md';
const current = fs.readFileSync(README, 'utf8');
const next = replaceBenchTable(current, renderBenchTable(readBenchResults()));
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md: the benchmark table differs from bench/results/*.json; run `npm run bench:docs`.');
    process.exit(1);
  }
} else if (next !== current) {
  fs.writeFileSync(README, next);
  console.log('README.md: benchmark table regenerated.');
} else {
  console.log('README.md: benchmark table already up to date.');
}

// Rewrites the golden files in test-fixtures/formats from the current writers. Run it only on
// purpose, after a deliberate format change, and review the diff line by line:
//   npx tsx lib/formats/testing/update-golden-files.ts

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectChunks } from '../chunked-output';
import { writeJsonl } from '../jsonl-format';
import { writeTmx } from '../tmx-writer';
import { writeTsv } from '../tsv-format';
import { writeXliff } from '../xliff-writer';
import { CONTROL_CHAR_UNIT, SAMPLE_UNITS } from './sample-units';
import { fixturesDir } from './xml-tools';

export const GOLDEN_NOW = new Date(Date.UTC(2025, 2, 6, 12, 0, 0));
const units = [...SAMPLE_UNITS, CONTROL_CHAR_UNIT];

const outputs: Record<string, AsyncGenerator<string>> = {
  'golden-basic.tmx': writeTmx(units, { srclang: 'ko-KR', creationToolVersion: '0.1.0', now: GOLDEN_NOW }),
  'golden-basic.xlf': writeXliff(units, {
    sourceLanguage: 'ko-KR',
    targetLanguage: 'en-US',
    original: 'hani-2025-03 & friends.tmx',
    toolVersion: '0.1.0',
    now: GOLDEN_NOW,
  }),
  'golden-basic.tsv': writeTsv(units),
  'golden-basic.jsonl': writeJsonl(units),
};

for (const [name, chunks] of Object.entries(outputs)) {
  writeFileSync(path.join(fixturesDir, name), await collectChunks(chunks));
  console.log(`wrote ${name}`);
}

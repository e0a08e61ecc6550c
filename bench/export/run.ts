// Streaming export benchmark: writes N units (default 100,000) as TMX, XLIFF, TSV and JSONL to a file
// and to /dev/null, and reports wall time, output size and peak RSS. Units are generated lazily, so
// constant memory here means the writers themselves do not buffer the export.
//
//   npx tsx bench/export/run.ts [units=100000]      (node --expose-gc via NODE_OPTIONS for cleaner RSS)
// Target (issue 6): < 5 s per 100,000-unit TMX export, with peak RSS that does not grow with N.

import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportUnit } from '@/lib/formats/export-unit';
import { writeJsonl } from '@/lib/formats/jsonl-format';
import { readTmxStream } from '@/lib/formats/tmx-reader';
import { writeTmx } from '@/lib/formats/tmx-writer';
import { writeTsv } from '@/lib/formats/tsv-format';
import { writeXliff } from '@/lib/formats/xliff-writer';

const count = Number(process.argv[2] ?? 100_000);
const outDir = path.resolve(process.cwd(), 'bench/out');

async function* units(n: number): AsyncGenerator<ExportUnit> {
  const created = new Date(Date.UTC(2025, 0, 1));
  for (let i = 0; i < n; i++) {
    yield {
      tuid: `doc${Math.floor(i / 40)}-b${i}`,
      sourceText: `정부는 ${i}일 "반도체 수출 & 투자" 계획을 <발표>했다. 이번 조치는 지난해보다 ${i % 97}% 늘어난 규모다.`,
      targetText: `The government announced its "chip exports & investment" plan on day ${i}; the <measure> is ${i % 97}% larger than last year.`,
      sourceLang: 'ko-KR',
      targetLang: 'en-US',
      created,
      changed: created,
      creator: 'desk',
      changer: 'reviewer',
      status: 'approved',
      confidence: (i % 100) / 100,
      notes: i % 10 === 0 ? ['Checked against print & web.'] : [],
      props: {
        'x-document-title': `기사 ${Math.floor(i / 40)}`,
        'x-source-url': `https://www.hani.co.kr/arti/${i}.html`,
        'x-bead-type': '1-1',
      },
    };
  }
}

const writers = {
  tmx: () => writeTmx(units(count), { srclang: 'ko-KR', creationToolVersion: 'bench' }),
  xlf: () => writeXliff(units(count), { sourceLanguage: 'ko-KR', targetLanguage: 'en-US', original: 'bench', toolVersion: 'bench' }),
  tsv: () => writeTsv(units(count)),
  jsonl: () => writeJsonl(units(count)),
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function run(name: keyof typeof writers, target: string): Promise<void> {
  globalThis.gc?.();
  peakRss = process.memoryUsage().rss;
  const start = performance.now();
  await pipeline(Readable.from(writers[name]()), createWriteStream(target));
  const ms = performance.now() - start;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const size = target === '/dev/null' ? '' : ` ${mb(statSync(target).size).padStart(9)}`;
  console.log(`${name.padEnd(5)} → ${target.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s${size}  peak RSS ${mb(peakRss)}`);
}

mkdirSync(outDir, { recursive: true });
console.log(`${count.toLocaleString('en-US')} units, node ${process.version}, baseline RSS ${mb(process.memoryUsage().rss)}`);
for (const name of Object.keys(writers) as (keyof typeof writers)[]) {
  await run(name, path.join(outDir, `export.${name}`));
  await run(name, '/dev/null');
}

// Read the TMX back with the streaming reader: the import side of the same file.
globalThis.gc?.();
peakRss = process.memoryUsage().rss;
const readStart = performance.now();
let readUnits = 0;
for await (const item of readTmxStream(createReadStream(path.join(outDir, 'export.tmx')))) if (item.kind === 'unit') readUnits++;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(
  `tmx   ← read back ${readUnits.toLocaleString('en-US')} units       ${((performance.now() - readStart) / 1000).toFixed(2).padStart(6)} s  peak RSS ${mb(peakRss)}`,
);
clearInterval(sampler);

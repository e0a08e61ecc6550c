// npm run bench:concordance [-- BEADS] — concordance search over a generated memory of approved beads (issue 15:
// 1,000,000 beads, p95 under 200 ms for a term query, index size). The memory is generated inside PostgreSQL
// from a synthetic vocabulary (Hangul words of 2–4 syllables with particles, Latin words), word frequencies
// Zipf-like, 40 beads a document, in a fresh database `bitext_bench_concordance`. Queries are words drawn from
// frequency bands (common, medium, rare), two-syllable Korean words and English words, run through the real
// use case (searchConcordance) one at a time.
import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { seededRandom } from '../../lib/seeded-random';
import { writeBenchResult } from '../lib/results';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

const BEADS = Number(process.argv[2] ?? 1_000_000);
const PER_DOCUMENT = 40;
const VOCABULARY = 20_000;
const QUERIES_PER_BAND = 20;

function vocabulary(random: () => number) {
  const syllables: string[] = [];
  for (let i = 0; i < 400; i++) syllables.push(String.fromCharCode(0xac00 + Math.floor(random() * 11172)));
  const korean = new Set<string>();
  while (korean.size < VOCABULARY) {
    const n = 2 + Math.floor(random() * 3);
    korean.add(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  const english = new Set<string>();
  const letters = 'abcdefghijklmnoprstuvwy';
  while (english.size < VOCABULARY) {
    const n = 4 + Math.floor(random() * 6);
    english.add(Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join(''));
  }
  return { korean: [...korean], english: [...english] };
}

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_concordance');
  env.DATABASE_URL = database.url;
  const { db } = await import('../../lib/server/db');
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { searchConcordance, concordanceQuerySchema } = await import('../../lib/server/concordance/search-concordance');
  const random = seededRandom(20261207);
  const vocab = vocabulary(random);
  const owner = await makeUser({ name: 'Bench owner' });
  const project = await makeProject(owner, {}, 'Concordance bench');
  const documents = Math.ceil(BEADS / PER_DOCUMENT);

  let t = performance.now();
  // The text indexes are built after the load, as a desk would build them over an existing memory.
  await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "Segment_text_trgm_idx"`);
  await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "Segment_hangulPairs_idx"`);
  await db.$executeRaw`
    INSERT INTO "Document" ("id", "projectId", "title", "kind", "status", "version", "createdAt", "updatedAt")
    SELECT 'd' || g, ${project.id}, 'Bench document ' || g, 'article', 'approved', 1, now() - make_interval(mins => g), now()
    FROM generate_series(1, ${documents}) g`;
  // Word i is drawn with probability falling like a power law: floor(V * r^3) for a uniform r.
  const particles = ['은', '는', '이', '가', '을', '를', '의', '에', '에서', '', '', ''];
  const word = (words: string[]) => words[Math.floor(VOCABULARY * random() ** 3)];
  const sentence = (n: number, korean: boolean) =>
    Array.from({ length: n }, () =>
      korean ? word(vocab.korean) + particles[Math.floor(random() * particles.length)] : word(vocab.english),
    ).join(' ');
  const CHUNK = 20_000;
  for (let first = 0; first < BEADS; first += CHUNK) {
    const ids: string[] = [];
    const docs: string[] = [];
    const positions: number[] = [];
    const ko: string[] = [];
    const en: string[] = [];
    for (let n = first; n < Math.min(BEADS, first + CHUNK); n++) {
      const d = Math.floor(n / PER_DOCUMENT) + 1;
      const p = n % PER_DOCUMENT;
      ids.push(`${d}_${p}`);
      docs.push(`d${d}`);
      positions.push(p);
      ko.push(sentence(8 + ((d * 7 + p) % 7), true));
      en.push(sentence(10 + ((d * 5 + p) % 7), false));
    }
    await db.$executeRaw`
      INSERT INTO "Segment" ("id", "documentId", "side", "paragraph", "position", "text")
      SELECT 's' || id, doc, 'source'::"Side", pos / 4, pos, txt FROM unnest(${ids}::text[], ${docs}::text[], ${positions}::int[], ${ko}::text[]) AS t(id, doc, pos, txt)
      UNION ALL
      SELECT 't' || id, doc, 'target'::"Side", pos / 4, pos, txt FROM unnest(${ids}::text[], ${docs}::text[], ${positions}::int[], ${en}::text[]) AS t(id, doc, pos, txt)`;
    await db.$executeRaw`
      INSERT INTO "Bead" ("id", "documentId", "position", "sourceIds", "targetIds", "origin", "confidence", "status", "updatedAt")
      SELECT 'b' || id, doc, pos, ARRAY['s' || id], ARRAY['t' || id], 'auto'::"BeadOrigin", 0.95, 'approved'::"BeadStatus", now()
      FROM unnest(${ids}::text[], ${docs}::text[], ${positions}::int[]) AS t(id, doc, pos)`;
    if ((first / CHUNK) % 10 === 0) process.stdout.write(`\r${first.toLocaleString('en')} beads`);
  }
  process.stdout.write('\n');
  const loadSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await db.$executeRawUnsafe(`CREATE INDEX "Segment_text_trgm_idx" ON "Segment" USING GIN ("text" gin_trgm_ops)`);
  const indexSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  // The pairs themselves were computed on insert (a trigger, decision 054); this builds their index.
  await db.$executeRawUnsafe(`CREATE INDEX "Segment_hangulPairs_idx" ON "Segment" USING GIN ("hangulPairs") WHERE "hangulPairs" <> '{}'`);
  const bigramSeconds = (performance.now() - t) / 1000;
  await db.$executeRawUnsafe('ANALYZE');
  const sizes = await db.$queryRawUnsafe<{ index: bigint; bigrams: bigint; segments: bigint }[]>(
    `SELECT pg_relation_size('"Segment_text_trgm_idx"') AS "index", pg_relation_size('"Segment_hangulPairs_idx"') AS "bigrams",
      pg_total_relation_size('"Segment"') AS "segments"`,
  );
  const mb = (b: bigint) => `${(Number(b) / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `${BEADS.toLocaleString('en')} approved beads in ${documents.toLocaleString('en')} documents: loaded in ${loadSeconds.toFixed(0)} s; trigram index ${mb(sizes[0].index)} built in ${indexSeconds.toFixed(0)} s; Hangul pair index ${mb(sizes[0].bigrams)} built in ${bigramSeconds.toFixed(0)} s (segments table with indexes ${mb(sizes[0].segments)})`,
  );

  const bands: [string, string[]][] = [
    ['Korean common (rank < 50)', vocab.korean.slice(0, 50)],
    ['Korean medium (rank 500–2,000)', vocab.korean.slice(500, 2000)],
    ['Korean rare (rank 5,000–20,000)', vocab.korean.slice(5000)],
    ['Korean two-syllable', vocab.korean.slice(100, 5000).filter((w) => w.length === 2)],
    ['English medium (rank 500–2,000)', vocab.english.slice(500, 2000)],
  ];
  const rows = [];
  const all: number[] = [];
  // Warm the caches the way a running server has them.
  for (const q of vocab.korean.slice(3000, 3010)) await searchConcordance(owner, concordanceQuerySchema.parse({ q }));
  for (const [band, words] of bands) {
    const times: number[] = [];
    let totals = 0;
    for (let k = 0; k < QUERIES_PER_BAND; k++) {
      const q = words[Math.floor(random() * words.length)];
      const start = performance.now();
      const answer = await searchConcordance(owner, concordanceQuerySchema.parse({ q }));
      times.push(performance.now() - start);
      totals += answer.total;
    }
    all.push(...(band.startsWith('Korean common') ? [] : times));
    const line = `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (mean ${(totals / QUERIES_PER_BAND).toFixed(0)} matches, counted to 1,000)`;
    console.log(`${band}: ${line}`);
    rows.push({
      what: `Concordance, ${BEADS.toLocaleString('en')} beads: ${band}`,
      figure: line,
      command: `npm run bench:concordance -- ${BEADS}`,
    });
  }
  rows.push({
    what: `Concordance, ${BEADS.toLocaleString('en')} beads: term queries (medium, rare, two-syllable, English)`,
    figure: `p95 ${percentile(all, 95).toFixed(0)} ms; trigram index ${mb(sizes[0].index)}, Hangul pair index ${mb(sizes[0].bigrams)}`,
    command: `npm run bench:concordance -- ${BEADS}`,
  });
  writeBenchResult('concordance', rows);
  await db.$disconnect();
  await database.stop();
}

runBench(main);

// Glossary mining on the demo project (issue 15 item 3; decision 049). Not a test.
// Usage: npm run bench:glossary-demo [-- --judge bench/memory/demo-judgements.tsv]
// The demo seed's documents (three invented articles and the Universal Declaration of Human Rights) are imported
// through the real use case into a fresh database `bitext_bench_glossary_demo`, aligned by the engine, every bead
// taken as approved, and the project's terminology read as the page reads it. Prints every proposal; with
// --judge FILE (TSV `source<TAB>target<TAB>ok|wrong`, judged by a person) reports the precision. The demo texts
// are ours, so the judgements live in the repo beside this file.
import { env } from '../../lib/env';
import { freshTestDatabase } from '../../lib/server/testing/test-database';
import { writeBenchResult } from '../lib/results';
import { judgedPrecision } from './judged-precision';
import { runBench } from '../lib/run-bench';

async function main(): Promise<void> {
  const database = await freshTestDatabase('bitext_bench_glossary_demo');
  env.DATABASE_URL = database.url;
  const { db } = await import('../../lib/server/db');
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { createDocument } = await import('../../lib/server/documents/create-document');
  const { demoDocuments } = await import('../../lib/server/seed/seed-demo');
  const { projectTerminology } = await import('../../lib/server/memory/project-terminology');
  const { enginePool } = await import('../../lib/server/align/run-engine');
  const owner = await makeUser({ name: 'Bench owner' });
  const project = await makeProject(owner, {}, 'Glossary demo bench');
  for (const d of demoDocuments()) await createDocument(owner, { projectId: project.id, ...d });
  await db.bead.updateMany({ where: { document: { projectId: project.id }, status: { not: 'excluded' } }, data: { status: 'approved' } });
  const answer = await projectTerminology(owner, { projectId: project.id });
  const proposals = answer.proposals.slice(0, 100);
  for (const [i, p] of proposals.entries()) console.log(`${i + 1}\t${p.source}\t${p.target}\t${p.kind}\t${p.count}/${p.beads}\t${p.dice}`);
  console.log(`\n${answer.terms.length} terms rendered more than one way:`);
  for (const t of answer.terms) console.log(`${t.term} (${t.beads}): ${t.renderings.map((r) => `${r.text} ${r.count}×`).join(', ')}`);
  const rows = [
    {
      what: `glossary mining, the demo project as a memory (${answer.beadsRead} beads): proposals, terms rendered more than one way`,
      figure: `${answer.proposals.length} proposals, ${answer.terms.length} inconsistent`,
      command: 'npm run bench:glossary-demo',
    },
  ];
  const judgeAt = process.argv.indexOf('--judge');
  if (judgeAt > 0) {
    const { ok, judged, figure } = judgedPrecision(process.argv[judgeAt + 1], proposals);
    console.log(`\nprecision of the top ${proposals.length}: ${ok} / ${judged} judged correct`);
    rows.push({
      what: `glossary mining, the demo project: precision of the top ${proposals.length} proposals (judged by hand)`,
      figure,
      command: 'npm run bench:glossary-demo -- --judge bench/memory/demo-judgements.tsv',
    });
  }
  writeBenchResult('glossary-demo', rows);
  await enginePool().close();
  await db.$disconnect();
  await database.stop();
}

runBench(main);

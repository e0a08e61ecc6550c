// Where an operation's server time goes on a 2,000-bead document (no HTTP): npx tsx --conditions=react-server bench/editor/op-profile.ts
import { performance } from 'node:perf_hooks';
import { profileDocument } from '../lib/profile-document';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

async function main(): Promise<void> {
  const { database, team, id } = await profileDocument('bitext_op_profile');
  const { applyDocumentOperation } = await import('../../lib/server/documents/apply-document-operation');
  const { getDocument } = await import('../../lib/server/testing/get-document');
  const { db } = await import('../../lib/server/db');
  let doc = await getDocument(team.editor, { documentId: id });
  const times: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    const t = performance.now();
    const op =
      i % 2
        ? { type: 'merge' as const, beadId: doc.beads[(i * 13) % 1500].id }
        : { type: 'confirm' as const, beadIds: [doc.beads[(i * 13) % 1500].id] };
    const state = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: doc.version, operation: op });
    times.push(performance.now() - t);
    doc = { ...doc, ...state };
  }
  console.log(`server time per operation: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  const { documentState } = await import('../../lib/server/documents/document-state');
  const { loadAlignment } = await import('../../lib/server/documents/load-alignment');
  const { persistAlignment } = await import('../../lib/server/documents/persist-alignment');
  const phase = async (name: string, fn: () => Promise<unknown>) => {
    const runs: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const s = performance.now();
      await fn();
      runs.push(performance.now() - s);
    }
    console.log(`  ${name}: p50 ${percentile(runs, 50).toFixed(1)} ms`);
  };
  const alignment = await loadAlignment(id);
  await phase('loadAlignment', () => loadAlignment(id));
  await phase('documentState', () => documentState(id, doc.version, alignment));
  await phase('persistAlignment (no change)', () => db.$transaction((tx) => persistAlignment(tx, id, alignment, alignment)));
  await phase('empty transaction + lock', () =>
    db.$transaction((tx) => tx.$queryRaw`SELECT "version" FROM "Document" WHERE "id" = ${id} FOR UPDATE`),
  );
  const t = performance.now();
  JSON.stringify(doc);
  console.log(
    `JSON.stringify of the state: ${(performance.now() - t).toFixed(1)} ms, ${(JSON.stringify(doc).length / 1024).toFixed(0)} KB`,
  );
  await db.$disconnect();
  await database.stop();
}
runBench(main);

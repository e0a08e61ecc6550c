// Server time of one operation on a 2,000-bead document, in process (no HTTP), one after another: what bounds how
// many operations a second one document's row lock accepts (decision 052). Also the share spent inside the
// transaction (lock to commit) and the statements sent there.
// Run: npx tsx --conditions=react-server bench/coedit/lock-profile.ts
import { performance } from 'node:perf_hooks';
import { profileDocument } from '../lib/profile-document';
import { percentile } from '../lib/percentile';
import { runBench } from '../lib/run-bench';

async function main(): Promise<void> {
  const { database, team, id } = await profileDocument('bitext_lock_profile');
  const { applyDocumentOperation } = await import('../../lib/server/documents/apply-document-operation');
  const { getDocument } = await import('../../lib/server/testing/get-document');
  const { lockedStatements } = await import('../../lib/server/documents/count-statements');
  const { db } = await import('../../lib/server/db');
  const doc = await getDocument(team.editor, { documentId: id });
  let version = doc.version;
  const times: number[] = [];
  const byType = new Map<string, number[]>();
  const statements = lockedStatements();
  const N = 90;
  for (let i = 0; i < N; i += 1) {
    const bead = doc.beads[(i * 13) % 1500];
    const op =
      i % 3 === 0
        ? { type: 'confirm' as const, beadIds: [bead.id] }
        : i % 3 === 1
          ? { type: 'editText' as const, segmentId: bead.target[0], text: `Edited ${i}.` }
          : { type: 'merge' as const, beadId: doc.beads[(i * 13 + 1) % 1500].id };
    const t = performance.now();
    const answer = await applyDocumentOperation(team.editor, { documentId: id, baseVersion: version, operation: op, answer: 'delta' });
    if (i >= 10) {
      times.push(performance.now() - t);
      byType.set(op.type, [...(byType.get(op.type) ?? []), performance.now() - t]);
    }
    version = answer.version;
  }
  const p = (q: number) => percentile(times, q).toFixed(1);
  console.log(`operation (confirm, text edit, merge), server time one after another: p50 ${p(50)} ms, p95 ${p(95)} ms`);
  for (const [type, ts] of byType) console.log(`  ${type}: p50 ${percentile(ts, 50).toFixed(1)} ms`);
  console.log(`statements inside the transaction per operation: ${((lockedStatements() - statements) / N).toFixed(1)}`);
  await db.$disconnect();
  await database.stop();
}
runBench(main);

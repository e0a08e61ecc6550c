import { performance } from 'node:perf_hooks';
import { env } from '../../lib/env';
env.DATABASE_URL = 'postgresql://postgres:bitext-local@127.0.0.1:55432/bitext_e2e_3106';
async function main() {
  const { db } = await import('../../lib/server/db');
  const { loadAlignment } = await import('../../lib/server/documents/load-alignment');
  const d = await db.document.findFirstOrThrow({ where: { title: 'Bench 2000' }, select: { id: true } });
  const id = d.id;
  const viaJson = async () => {
    const [seg, beads] = await Promise.all([
      db.$queryRaw<
        { j: string }[]
      >`SELECT coalesce(json_agg(json_build_array("id", "side", "paragraph", "text") ORDER BY "side", "position"), '[]')::text AS j FROM "Segment" WHERE "documentId" = ${id}`,
      db.$queryRaw<
        { j: string }[]
      >`SELECT coalesce(json_agg(json_build_array("id", "sourceIds", "targetIds", "origin", "confidence", "reason", "status", "moved") ORDER BY "position"), '[]')::text AS j FROM "Bead" WHERE "documentId" = ${id}`,
    ]);
    return [JSON.parse(seg[0].j), JSON.parse(beads[0].j)];
  };
  const a: number[] = [],
    b: number[] = [],
    ca: number[] = [],
    cb: number[] = [];
  for (let i = 0; i < 16; i++) {
    let c = process.cpuUsage();
    let s = performance.now();
    await loadAlignment(id);
    a.push(performance.now() - s);
    ca.push(process.cpuUsage(c).user / 1000);
    c = process.cpuUsage();
    s = performance.now();
    await viaJson();
    b.push(performance.now() - s);
    cb.push(process.cpuUsage(c).user / 1000);
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1].toFixed(1);
  console.log('loadAlignment wall', med(a), 'cpu', med(ca), '| json_agg wall', med(b), 'cpu', med(cb));
  await db.$disconnect();
}
main();

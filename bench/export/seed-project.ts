// The export benchmarks' project: one owner and a project holding UNITS approved Korean–English units, imported
// from a generated TMX through the real import. Used in-process by db-export.ts (which times the import) and as
// a child process by parallel-export.ts, so the import's garbage is not counted in the exporting process:
//   tsx bench/export/seed-project.ts DATABASE_URL UNITS [--meta] [PROJECT NAME]   → prints {"ownerId","projectId"}
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { env } from '../../lib/env';
import type { ExportUnit } from '../../lib/formats/export-unit';

export interface SeedOptions {
  units: number;
  projectName: string;
  /** Give every unit a TMX note and prop, as a memory imported from another tool would have. */
  withMeta: boolean;
}

export interface SeededProject {
  ownerId: string;
  projectId: string;
  imported: number;
  tmxChars: number;
  importSeconds: number;
}

function* sampleUnits(options: SeedOptions): Generator<ExportUnit> {
  const now = new Date();
  for (let i = 0; i < options.units; i += 1) {
    yield {
      tuid: `u${i}`,
      sourceText: `서울시는 ${i}번째 문장에서 새 정책을 발표했다고 ${i % 28}일 밝혔다.`,
      targetText: `Seoul announced new policy number ${i} on the ${i % 28}th, the city said.`,
      sourceLang: 'ko-KR',
      targetLang: 'en-US',
      created: now,
      changed: now,
      creator: 'bench',
      changer: 'bench',
      status: 'approved' as const,
      confidence: null,
      notes: options.withMeta ? ['bench note'] : [],
      props: options.withMeta ? { 'x-origin': 'bench' } : ({} as Record<string, string>),
    };
  }
}

/** Seeds the database env.DATABASE_URL names (set it before calling: the db client reads it on first use). */
export async function seedProject(options: SeedOptions): Promise<SeededProject> {
  const { writeTmx } = await import('../../lib/formats/tmx-writer');
  const { collectChunks } = await import('../../lib/formats/chunked-output');
  const { makeProject, makeUser } = await import('../../lib/server/testing/factories');
  const { importTmx } = await import('../../lib/server/import/import-tmx');
  const owner = await makeUser({ name: 'Bench' });
  const project = await makeProject(owner, {}, options.projectName);
  const tmx = await collectChunks(writeTmx(sampleUnits(options), { srclang: 'ko-KR', creationToolVersion: 'bench' }));
  const t = performance.now();
  const { imported } = await importTmx(owner, { projectId: project.id, body: new TextEncoder().encode(tmx), fileName: 'bench.tmx' });
  return { ownerId: owner.id, projectId: project.id, imported, tmxChars: tmx.length, importSeconds: (performance.now() - t) / 1000 };
}

async function cli(argv: string[]): Promise<void> {
  const [url, units, ...rest] = argv;
  if (!url || !Number.isInteger(Number(units))) throw new Error('usage: seed-project.ts DATABASE_URL UNITS [--meta] [PROJECT NAME]');
  env.DATABASE_URL = url;
  const withMeta = rest.includes('--meta');
  const projectName = rest.filter((a) => a !== '--meta').join(' ') || 'Bench project';
  const seeded = await seedProject({ units: Number(units), projectName, withMeta });
  const { db } = await import('../../lib/server/db');
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { resolveDatabase } from './lib/database';

// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the change between the schema as of the
// last migration (its schema.prisma snapshot) and prisma/schema.prisma, using Prisma's own WASM schema
// engine: the same SQL `prisma migrate dev` would write, without the native engine that cannot be
// downloaded here (docs/decisions/003-migrations.md). Connects to the
// database only because the engine insists on an adapter; it reads and writes nothing there.

const root = process.cwd();
const migrationsDir = path.join(root, 'prisma/migrations');
const schemaPath = path.join(root, 'prisma/schema.prisma');

interface SchemaEngineLike {
  diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
}

async function loadSchemaEngine(url: string): Promise<SchemaEngineLike> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bindings = await import(path.join(dir, 'schema_engine_bg.js'));
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  // The engine wants a connected driver adapter even for a datamodel-to-datamodel diff; it changes nothing.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
  return bindings.SchemaEngine.new({ datamodels: undefined }, () => undefined, adapter);
}

function lastSnapshot(): string | null {
  if (!fs.existsSync(migrationsDir)) return null;
  const dirs = fs
    .readdirSync(migrationsDir)
    .filter((d) => fs.statSync(path.join(migrationsDir, d)).isDirectory())
    .sort();
  for (const d of dirs.reverse()) {
    const snap = path.join(migrationsDir, d, 'schema.prisma');
    if (fs.existsSync(snap)) return fs.readFileSync(snap, 'utf8');
  }
  return null;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(): Promise<void> {
  const name = (process.argv[2] ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
  if (!name) {
    console.error('Usage: npm run db:new-migration -- <name>');
    process.exit(2);
  }
  const current = fs.readFileSync(schemaPath, 'utf8');
  const previous = lastSnapshot();
  const db = await resolveDatabase();
  const engine = await loadSchemaEngine(db.url);
  const datamodel = (content: string) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  const result = await engine.diff({
    from: previous === null ? { tag: 'empty' } : datamodel(previous),
    to: datamodel(current),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await db.stop();
  const sql = (result.stdout ?? '').trim();
  if (!sql || /^-- This is an empty migration/.test(sql)) {
    console.log('The schema has not changed since the last migration: nothing to do.');
    return;
  }
  const dir = path.join(migrationsDir, `${stamp(new Date())}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
  fs.writeFileSync(path.join(dir, 'schema.prisma'), current);
  if (!fs.existsSync(path.join(migrationsDir, 'migration_lock.toml'))) {
    fs.writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  }
  console.log(`Created ${path.relative(root, dir)}/migration.sql. Apply it with: npm run db:migrate`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { env } from '../lib/env';
import { resolveDatabase } from './lib/database';

// `npm run db:backup-check`: proves the backup procedure of docs/deploy.md on this installation's database (the
// embedded one when DATABASE_URL is unset). It dumps the database with `pg_dump -Fc`, restores the dump with
// `pg_restore` into a scratch database on the same server, compares every table's row count and a checksum of the
// alignment tables, and drops the scratch database. Reads the source only. pg_dump must be of the server's major
// version or newer: BITEXT_PG_BIN names the directory holding pg_dump and pg_restore when PATH has older ones.

const bin = (tool: string) => (env.BITEXT_PG_BIN ? path.join(env.BITEXT_PG_BIN, tool) : tool);

function run(tool: string, args: string[]): void {
  const result = spawnSync(bin(tool), args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${tool} could not run (${result.error.message}). Install the PostgreSQL client tools or set BITEXT_PG_BIN.`);
  if (result.status !== 0) {
    const hint = result.stderr.includes('server version mismatch')
      ? `\n${tool} must be of the server's major version or newer: install that client, or set BITEXT_PG_BIN to its bin directory.`
      : '';
    throw new Error(`${tool} failed:\n${result.stderr.trim()}${hint}`);
  }
}

async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) out[name] = String((await client.query(`SELECT count(*) AS n FROM ${name}`)).rows[0].n);
    // The content that matters most, hashed: every bead and segment as stored.
    for (const [table, columns] of [
      ['"Bead"', `"id", "documentId", "position", "sourceIds", "targetIds", "status"`],
      ['"Segment"', `"id", "documentId", "side", "position", "text"`],
    ]) {
      const hash = await client.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM (SELECT ${columns} FROM public.${table}) t`,
      );
      out[`md5 ${table}`] = hash.rows[0].h;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = await resolveDatabase();
  const source = database.url;
  const scratchName = `bitext_restore_check_${process.pid}`;
  const admin = new URL(source);
  admin.pathname = '/postgres';
  const scratch = new URL(source);
  scratch.pathname = `/${scratchName}`;
  const dump = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-backup-')), 'bitext.dump');
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const started = Date.now();
    run('pg_dump', ['--format=custom', '--no-owner', '--file', dump, source]);
    console.log(
      `[backup] pg_dump: ${(fs.statSync(dump).size / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s → ${dump}`,
    );
    await client.query(`CREATE DATABASE "${scratchName}"`);
    const restoring = Date.now();
    run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', scratch.toString(), dump]);
    console.log(`[backup] pg_restore into ${scratchName}: ${((Date.now() - restoring) / 1000).toFixed(1)} s`);
    const [before, after] = [await fingerprint(source), await fingerprint(scratch.toString())];
    const differences = Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key]);
    if (differences.length)
      throw new Error(`The restored copy differs: ${differences.map((k) => `${k} ${before[k]} ≠ ${after[k]}`).join('; ')}`);
    console.log(`[backup] OK: ${Object.keys(before).length - 2} tables, same row counts; beads and segments identical (md5).`);
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`).catch(() => undefined);
    await client.end();
    fs.rmSync(path.dirname(dump), { recursive: true, force: true });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { db } from '@/lib/server/db';
import { documentCheckFor } from './tmx-chunk-writers';

// Decision 054: TMX chunks skip the per-row foreign-key checks by writing as a replica, where the database role
// may; replica mode skips every trigger of the tables too, so the import must write what those triggers would.

describe('TMX chunk writers', () => {
  const role = `bitext_no_superuser_${process.pid}`;
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP ROLE IF EXISTS ${role}`);
    await client.query(`CREATE ROLE ${role} NOLOGIN`);
  });
  afterAll(async () => {
    await client.query('RESET ROLE');
    await client.query(`DROP ROLE IF EXISTS ${role}`);
    await client.end();
  });

  it('skips the per-row checks only for a role that may set session_replication_role', async () => {
    expect(await documentCheckFor(client)).toBe('once'); // the tests' superuser
    await client.query(`SET ROLE ${role}`);
    expect(await documentCheckFor(client)).toBe('per-row');
    await client.query('RESET ROLE');
    await client.query(`GRANT SET ON PARAMETER session_replication_role TO ${role}`);
    await client.query(`SET ROLE ${role}`);
    expect(await documentCheckFor(client)).toBe('once');
    await client.query('RESET ROLE');
    await client.query(`REVOKE SET ON PARAMETER session_replication_role FROM ${role}`);
  });

  it('knows every trigger it skips: the Hangul pairs, which insertMemoryUnits writes itself', async () => {
    const triggers = await db.$queryRaw<{ name: string }[]>`
      SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relname IN ('Segment', 'Bead') AND NOT t.tgisinternal ORDER BY 1`;
    // A new trigger here must be looked at: a memory import would not fire it (tmx-chunk-writers.ts).
    expect(triggers.map((t) => t.name)).toEqual(['Segment_hangul_pairs_on_insert', 'Segment_hangul_pairs_on_text']);
  });
});

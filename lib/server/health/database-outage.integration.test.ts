import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as health } from '@/app/api/health/route';
import { GET as ready } from '@/app/api/ready/route';
import { GET as listProjects } from '@/app/api/v1/projects/route';
import { env } from '@/lib/env';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/server/embedded-postgres';
import { migrate } from '@/lib/server/migrate';
import { checkReadiness } from './check-readiness';
import { sparePort } from '@/lib/server/testing/spare-port';

// Issue 10.3: a real PostgreSQL of this test's own is stopped under the app and started again. While it is
// down the API answers 503 DATABASE_UNAVAILABLE (not a 500 with a stack), /api/ready answers 503,
// /api/health stays 200; once it is back, everything answers normally without a restart.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-outage-'));
const dataDir = path.join(root, 'pg');
let port = 0;
let server: EmbeddedDatabase | null = null;

const start = async () => {
  server = await startEmbeddedPostgres({ dataDir, port, database: 'outage' });
  return server;
};
// An unknown token of the right shape: looking it up needs the database (401 when up, 503 when down).
const TOKEN_PREFIX = 'bd_';
const apiCall = () =>
  listProjects(
    new NextRequest('http://localhost/api/v1/projects', { headers: { authorization: `Bearer ${TOKEN_PREFIX}not-a-real-token` } }),
    { params: Promise.resolve({}) },
  );

beforeAll(async () => {
  port = await sparePort();
  const started = await start();
  await migrate(started.url);
  env.DATABASE_URL = started.url; // lib/server/db.ts builds its client on first use, i.e. against this server
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('database outage', () => {
  it('answers normally while the database is up', async () => {
    expect((await health()).status).toBe(200);
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true });
    expect((await apiCall()).status).toBe(401); // the token lookup reached the database
  });

  it('names migrations that are not applied yet', async () => {
    const dir = fs.mkdtempSync(path.join(root, 'migrations-'));
    for (const name of fs.readdirSync('prisma/migrations'))
      fs.cpSync(path.join('prisma/migrations', name), path.join(dir, name), { recursive: true });
    fs.mkdirSync(path.join(dir, '99990101000000_not_applied'));
    fs.writeFileSync(path.join(dir, '99990101000000_not_applied', 'migration.sql'), 'SELECT 1;');
    const readiness = await checkReadiness(dir);
    expect(readiness).toMatchObject({ ready: false, error: { code: 'MIGRATIONS_PENDING', pending: ['99990101000000_not_applied'] } });
  });

  it('answers 503 DATABASE_UNAVAILABLE with one short log line while it is down, and recovers when it is back', async () => {
    await server?.stop();
    server = null;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 3; i++) {
        const res = await apiCall();
        expect(res.status).toBe(503);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('DATABASE_UNAVAILABLE');
        expect(body.error.message).toMatch(/database is unreachable/);
      }
      const notReady = await ready();
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({ ready: false, error: { code: 'DATABASE_UNAVAILABLE' } });
      expect((await health()).status).toBe(200);
      // Rate-limited to one line per 10 s: three failed requests log at least one, at most three, short lines
      // (the limit itself is proven with a fake clock in database-unavailable.test.ts).
      expect(logged.mock.calls.length).toBeGreaterThanOrEqual(1);
      expect(logged.mock.calls.length).toBeLessThanOrEqual(3);
      for (const call of logged.mock.calls) {
        expect(call).toHaveLength(1);
        expect(String(call[0])).toMatch(/^\[db\] database unreachable: .*; answering 503/);
        expect(String(call[0])).not.toContain('\n');
      }
    } finally {
      logged.mockRestore();
    }

    await start();
    const back = await ready();
    expect(back.status).toBe(200);
    expect((await apiCall()).status).toBe(401);
  });
});

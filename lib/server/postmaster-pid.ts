import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

// Who holds a data directory's postmaster.pid (docs/decisions/020-database-outages-and-embedded-postgres.md)?
// PostgreSQL writes pid, data directory, start time and port on its first lines. The pid may be gone (killed
// machine), a live PostgreSQL on this directory (an orphan of a killed app), or a live process that is not
// PostgreSQL at all (the pid was reused after a crash): each needs a different answer.

export type PidFileOwner =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number; file: string }
  | { kind: 'ours'; pid: number; port: number | null; file: string }
  | { kind: 'foreign'; pid: number; command: string; file: string }
  | { kind: 'unknown'; pid: number; file: string };

/** True for a running process; a zombie (exited, not yet reaped) counts as gone. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): kill(0) is all we know
  }
}

/** The process's command line, or null where /proc cannot tell (not Linux, or not permitted). */
export function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return null;
  }
}

export function inspectPostmasterPid(dataDir: string): PidFileOwner {
  const file = path.join(dataDir, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return { kind: 'none' };
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return { kind: 'stale', pid, file };
  const command = commandLine(pid);
  if (command === null) return { kind: 'unknown', pid, file };
  const isPostgres = path.basename(command.split(' ')[0] ?? '') === 'postgres';
  if (isPostgres && command.includes(path.resolve(dataDir))) {
    const port = Number(lines[3]);
    return { kind: 'ours', pid, port: Number.isInteger(port) && port > 0 ? port : null, file };
  }
  return { kind: 'foreign', pid, command, file };
}

export function foreignPidMessage(owner: { pid: number; command: string; file: string }): string {
  return [
    `${owner.file} names process ${owner.pid}, which is running but is not this data directory's PostgreSQL`,
    `(its command line: ${owner.command.slice(0, 200) || '(empty)'}).`,
    'The lock file is left over from a crash and its pid was reused by another program.',
    `If no PostgreSQL uses this data directory any more, delete ${owner.file} and start again.`,
  ].join('\n');
}

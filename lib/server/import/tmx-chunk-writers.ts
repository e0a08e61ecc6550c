import 'server-only';
import { bulkTransaction, type BulkClient } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { insertMemoryUnits, type MemoryUnitRow } from './insert-memory-units';

// Several connections writing one import's chunks side by side (decision 053): each chunk is its own short
// transaction on whichever connection is free, so PostgreSQL spends as many backends (cores) on the import as
// there are connections, where one transaction had one. The parser hands a chunk over only when a connection is
// free: at most one chunk per connection is in flight, plus the one the parser is filling, whatever the file.
// The rows are invisible until the import's last transaction (the document is `importing` until then), so a
// chunk's commit need not wait for its WAL to reach the disk: that last commit, synchronous, flushes the WAL
// up to itself, chunks included.

/**
 * How a chunk makes sure its document still exists (decision 054).
 * - `once`: the chunk locks the document row once (`FOR KEY SHARE`, the lock each foreign-key check would take)
 *   and then writes as a replica (`session_replication_role`), which skips the per-row foreign-key checks. Two
 *   writers' checks on the one document row made PostgreSQL build a shared lock (MultiXact) and look into it for
 *   every row: 1.3–2.8 CPU-s per 100,000 units. The lock keeps the guarantee: the document cannot be deleted
 *   before the chunk commits, and a chunk that finds it gone fails. Replica mode also skips the tables' own
 *   triggers, so the chunk writes what they would (the Hangul pairs; a test lists the triggers).
 * - `per-row`: PostgreSQL checks every row, for a database role that may not set `session_replication_role`.
 */
export type DocumentCheck = 'once' | 'per-row';

/** `once` where this connection's role may set `session_replication_role`: a superuser, or granted SET (PostgreSQL 15+). */
export async function documentCheckFor(client: BulkClient): Promise<DocumentCheck> {
  const [role] = (await client.query<{ superuser: boolean }>(`SELECT current_setting('is_superuser') = 'on' AS "superuser"`)).rows;
  if (role.superuser) return 'once';
  const granted = await client
    .query<{ granted: boolean }>(`SELECT has_parameter_privilege('session_replication_role', 'SET') AS "granted"`)
    .then(({ rows }) => rows[0].granted)
    .catch(() => false); // before PostgreSQL 15 only a superuser may
  return granted ? 'once' : 'per-row';
}

async function beginChunk(client: BulkClient, documentId: string, check: DocumentCheck): Promise<void> {
  await client.query('SET LOCAL synchronous_commit = off');
  if (check === 'per-row') return;
  const { rowCount } = await client.query('SELECT 1 FROM "Document" WHERE "id" = $1 FOR KEY SHARE', [documentId]);
  if (rowCount !== 1) throw notFound('That project'); // deleted with its project meanwhile
  await client.query('SET LOCAL session_replication_role = replica');
}

export interface ChunkWriters {
  /** Waits for a free connection and starts writing `rows` as units `offset`… on it; throws an earlier writer's error. */
  write(offset: number, rows: readonly MemoryUnitRow[]): Promise<void>;
  /** Chunks being written now. */
  inFlight(): number;
  /** Waits for every chunk handed over; throws the first writer's error. */
  drain(): Promise<void>;
  /** Waits for every chunk handed over, whatever happened to them (before the document is discarded). */
  settle(): Promise<void>;
}

export function chunkWriters(
  clients: readonly BulkClient[],
  document: { id: string; updatedAt: string },
  check: DocumentCheck,
  /** After a chunk commits, on its connection's turn (the connection stays busy until it returns). */
  committed: (units: number) => Promise<void>,
): ChunkWriters {
  const idle = [...clients];
  const waiting: (() => void)[] = [];
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;

  const giveBack = (client: BulkClient) => {
    idle.push(client);
    waiting.shift()?.();
  };
  const take = async (): Promise<BulkClient> => {
    while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    return idle.pop()!;
  };
  const rethrow = () => {
    if (failure) throw failure.error;
  };

  return {
    async write(offset, rows) {
      rethrow();
      const client = await take();
      if (failure) {
        giveBack(client);
        rethrow();
      }
      const task = (async () => {
        try {
          await bulkTransaction(client, async () => {
            await beginChunk(client, document.id, check);
            await insertMemoryUnits(client, document.id, offset, rows, document.updatedAt);
          });
          await committed(rows.length);
        } catch (error) {
          failure ??= { error };
        } finally {
          giveBack(client);
        }
      })();
      running.add(task);
      void task.then(() => running.delete(task)); // the task never rejects: its error is kept in `failure`
    },
    inFlight: () => running.size,
    async drain() {
      await Promise.all([...running]);
      rethrow();
    },
    async settle() {
      await Promise.all([...running]);
    },
  };
}

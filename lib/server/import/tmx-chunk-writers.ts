import 'server-only';
import { bulkTransaction, type BulkClient } from '@/lib/server/db';
import { insertMemoryUnits, type MemoryUnitRow } from './insert-memory-units';

// Several connections writing one import's chunks side by side (decision 053): each chunk is its own short
// transaction on whichever connection is free, so PostgreSQL spends as many backends (cores) on the import as
// there are connections, where one transaction had one. The parser hands a chunk over only when a connection is
// free: at most one chunk per connection is in flight, plus the one the parser is filling, whatever the file.
// The rows are invisible until the import's last transaction (the document is `importing` until then), so a
// chunk's commit need not wait for its WAL to reach the disk: that last commit, synchronous, flushes the WAL
// up to itself, chunks included.

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
            await client.query('SET LOCAL synchronous_commit = off');
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

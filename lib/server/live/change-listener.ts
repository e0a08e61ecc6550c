import 'server-only';
import { Client } from 'pg';
import { databaseUrl } from '@/lib/env';
import { isDatabaseUnavailable, logDatabaseUnavailable } from '@/lib/server/database-unavailable';

// Live updates across instances (decision 042): one dedicated PostgreSQL connection per app process LISTENs on
// the change and presence channels and hands each notification to the open event streams of that process.
// Nothing is kept in process memory but the list of streams: the change rows and presence live in the database,
// so any number of instances behind a load balancer see the same thing.

export const CHANNELS = { change: 'document_changes', presence: 'document_presence' } as const;
export type Channel = keyof typeof CHANNELS;

/**
 * `version`: the version a change notification announces, and `tx` the transaction that committed it (both absent
 * after a reconnect: catch up on everything).
 */
type Listener = (channel: Channel, version?: number, tx?: string) => void;

const RETRY_MS = 2_000;

interface Hub {
  streams: Map<string, Set<Listener>>;
  client: Promise<Client> | null;
}

const globalForHub = globalThis as unknown as { bitextLiveHub?: Hub };
const hub: Hub = (globalForHub.bitextLiveHub ??= { streams: new Map(), client: null });

function channelOf(name: string): Channel | null {
  if (name === CHANNELS.change) return 'change';
  if (name === CHANNELS.presence) return 'presence';
  return null;
}

function dispatch(channel: Channel, payload: string | undefined): void {
  let message: { documentId?: unknown; version?: unknown; tx?: unknown };
  try {
    message = JSON.parse(payload ?? '') as typeof message;
  } catch {
    return;
  }
  const { documentId, version, tx } = message;
  if (typeof documentId !== 'string') return;
  for (const listener of hub.streams.get(documentId) ?? [])
    listener(channel, typeof version === 'number' ? version : undefined, typeof tx === 'string' ? tx : undefined);
}

/** Tells every stream to catch up: after a reconnect, notifications sent meanwhile are lost, the rows are not. */
function wakeAll(): void {
  for (const listeners of hub.streams.values()) for (const listener of listeners) listener('change');
}

function connect(): Promise<Client> {
  hub.client ??= (async () => {
    const client = new Client({ connectionString: databaseUrl() });
    const lost = (error?: unknown) => {
      if (error) {
        if (isDatabaseUnavailable(error)) logDatabaseUnavailable(error);
        else console.error('[live] listener connection lost:', error instanceof Error ? error.message : String(error));
      }
      hub.client = null;
      client.removeAllListeners();
      client.end().catch(() => undefined);
      if (hub.streams.size > 0) setTimeout(() => void connect().then(wakeAll, () => undefined), RETRY_MS).unref();
    };
    client.on('notification', (message) => {
      const channel = channelOf(message.channel);
      if (channel) dispatch(channel, message.payload);
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNELS.change}`);
      await client.query(`LISTEN ${CHANNELS.presence}`);
    } catch (error) {
      lost(error);
      throw error;
    }
    return client;
  })();
  return hub.client;
}

/** Calls `listener` for every change or presence notification about the document until the returned function runs. */
export async function subscribe(documentId: string, listener: Listener): Promise<() => void> {
  const listeners = hub.streams.get(documentId) ?? new Set<Listener>();
  hub.streams.set(documentId, listeners);
  listeners.add(listener);
  const unsubscribe = () => {
    listeners.delete(listener);
    if (listeners.size === 0) hub.streams.delete(documentId);
  };
  try {
    await connect();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
}

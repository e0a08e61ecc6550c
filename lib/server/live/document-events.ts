import 'server-only';
import type { DocumentContext } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db } from '@/lib/server/db';
import { changeDeltas, confirmDelta, recentDeltas } from '@/lib/server/documents/document-changes';
import { listPresence } from '@/lib/server/documents/presence';
import { subscribe } from './change-listener';

// GET /api/v1/documents/{id}/events: a Server-Sent Events stream of one document (decision 042). `change`
// events carry each new version's delta, in order, from the version the editor holds; `presence` events say
// who else is on which bead; `reload` asks the editor to load the document again (it is too far behind, or a
// version has no delta). The stream ends after a while and the browser's EventSource reconnects with the
// version it reached, which also re-checks access.

const KEEP_ALIVE_MS = 15_000;
const STREAM_MS = 5 * 60_000;

function frame(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export async function documentEvents(
  actor: SessionUser,
  ctx: DocumentContext,
  since: number | undefined,
  signal: AbortSignal,
): Promise<Response> {
  const documentId = ctx.document.id;
  const encoder = new TextEncoder();
  let sent = since ?? ctx.document.version;
  let closed = false;
  let queue = Promise.resolve();
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        clearInterval(keepAlive);
        clearTimeout(lifetime);
        controller.close();
      };
      /**
       * Sends every change after `sent`; serialized, so two notifications never send a version twice. `announced`:
       * the version a notification named. One already sent needs nothing; the deltas of recent versions come from
       * this process's memory (decision 052), so a change reaches its streams without a read per stream.
       */
      const catchUp = async (announced?: number, tx?: string) => {
        if (announced !== undefined) confirmDelta(documentId, announced, tx);
        if (announced !== undefined && announced <= sent) return;
        const deltas =
          (announced !== undefined ? recentDeltas(documentId, sent, announced) : null) ?? (await changeDeltas(db, documentId, sent));
        if (deltas === null) {
          const current = await db.document.findUnique({ where: { id: documentId }, select: { version: true } });
          if (!current) return close();
          sent = current.version;
          return write(frame('reload', { version: sent }, sent));
        }
        for (const delta of deltas) {
          sent = delta.version;
          write(frame('change', delta, delta.version));
        }
      };
      const presence = async () => write(frame('presence', await listPresence(documentId, actor.id)));
      const run = (task: () => Promise<void>) => {
        queue = queue.then(task).catch((error: unknown) => {
          console.error('[live] event stream failed', error instanceof Error ? error.message : String(error));
          close();
        });
      };

      const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      const lifetime = setTimeout(close, STREAM_MS);
      signal.addEventListener('abort', close);
      try {
        stop = await subscribe(documentId, (channel, version, tx) => run(channel === 'change' ? () => catchUp(version, tx) : presence));
      } catch {
        write(frame('reload', { version: sent }));
        return close();
      }
      write('retry: 2000\n\n');
      run(() => catchUp()); // what changed between the page's load and this subscription
      run(presence);
    },
    cancel() {
      closed = true;
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}

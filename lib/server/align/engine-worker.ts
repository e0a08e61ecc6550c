import 'server-only';
import { parentPort, threadId } from 'node:worker_threads';
import { toWireError } from './engine-errors';
import { runEngineTask, type EngineTask } from './engine-tasks';

// The body of one engine worker thread (decision 025). Started by engine-worker-boot.mjs, which loads this
// TypeScript through tsx, so the same file runs under `next dev`, `next start`, vitest and the batch jobs.
// One message in, one message out; the pool sends the next task only after the answer.

export interface EngineRequest {
  id: number;
  task: EngineTask;
}

export type EngineReply =
  | { id: number; ok: true; value: unknown; threadId: number }
  | { id: number; ok: false; error: ReturnType<typeof toWireError>; threadId: number };

const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs only as a worker thread (see lib/server/align/engine-pool.ts).');

port.on('message', (request: EngineRequest) => {
  let reply: EngineReply;
  try {
    reply = { id: request.id, ok: true, value: runEngineTask(request.task), threadId };
  } catch (error) {
    reply = { id: request.id, ok: false, error: toWireError(error), threadId };
  }
  port.postMessage(reply);
});

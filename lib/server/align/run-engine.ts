import 'server-only';
import os from 'node:os';
import path from 'node:path';
import type { EngineResult, EngineTask } from './engine-tasks';
import { EnginePool } from './engine-pool';

// The one way server code calls the alignment engine (decision 025): on a worker thread of a process-wide pool,
// never on the request thread. The CLI (`npm run align`) and the pure unit tests call lib/align-engine directly.

/**
 * One thread fewer than the machine has cores (at least one), so requests keep a core to run on. A process that
 * serves no requests (`npm run import`) sets BITEXT_ENGINE_THREADS to use every core (decision 048).
 */
export const ENGINE_THREADS = Number(process.env.BITEXT_ENGINE_THREADS) || Math.max(1, os.availableParallelism() - 1);
/** Tasks that may wait for a thread; more at once answer 503 SERVER_BUSY. */
export const MAX_QUEUED_ENGINE_TASKS = 16;
/** A worker's heap; a task that needs more kills only that worker (503), never the server. */
export const ENGINE_HEAP_MB = 1024;

/**
 * The worker entry in the checkout. Resolved from the working directory (the app root for `npm run dev`,
 * `npm start`, vitest and the scripts) rather than from this module's URL, which Next rewrites when it
 * bundles server code; the entry itself is never bundled.
 */
export function engineWorkerFile(): string {
  return path.join(process.cwd(), 'lib/server/align/engine-worker-boot.mjs');
}

const globalForEngine = globalThis as unknown as { bitextEnginePool?: EnginePool };

/** Created on first use; kept on globalThis so Next's dev reloads do not start new threads each time. */
export function enginePool(): EnginePool {
  globalForEngine.bitextEnginePool ??= new EnginePool({
    size: ENGINE_THREADS,
    maxQueued: MAX_QUEUED_ENGINE_TASKS,
    workerFile: engineWorkerFile(),
    resourceLimits: { maxOldGenerationSizeMb: ENGINE_HEAP_MB },
  });
  return globalForEngine.bitextEnginePool;
}

export async function runEngine<T extends EngineTask>(task: T): Promise<EngineResult<T['kind']>> {
  const answer = await enginePool().run(task);
  return answer.value as EngineResult<T['kind']>;
}

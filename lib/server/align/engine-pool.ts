import 'server-only';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '@/lib/server/errors';
import { fromWireError, type WireError } from './engine-errors';
import type { EngineTask } from './engine-tasks';

// A small bounded pool of worker threads for the alignment engine (decision 025). Workers start on demand, stay
// for the next task, and are unref'd while idle so they never keep a process alive. Tasks beyond the workers
// wait in a queue; beyond `maxQueued` waiting tasks the pool answers SERVER_BUSY at once instead of letting
// work pile up. A worker that dies (uncaught error, out of memory, exit) fails only its own task with a clear
// 503 and is replaced by the next task that needs a worker.

export interface EnginePoolOptions {
  /** Worker threads at most. */
  size: number;
  /** Tasks that may wait for a worker; the next one is refused with SERVER_BUSY. */
  maxQueued: number;
  /** The worker's entry file (absolute path or file URL). */
  workerFile: string | URL;
  resourceLimits?: ResourceLimits;
}

export interface EngineAnswer {
  value: unknown;
  /** The worker thread that ran the task (never the caller's). */
  threadId: number;
}

interface Job {
  id: number;
  task: EngineTask;
  resolve: (answer: EngineAnswer) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  gone: boolean;
}

type Reply = { id: number; ok: true; value: unknown; threadId: number } | { id: number; ok: false; error: WireError; threadId: number };

export const ENGINE_BUSY_MESSAGE = 'The server is aligning too many documents at once. Nothing was saved; try again in a minute.';
export const ENGINE_STOPPED_MESSAGE =
  'The alignment engine stopped unexpectedly while working on this document. Nothing was saved; try again, and if it happens again, split the document.';

export class EnginePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: EnginePoolOptions) {}

  /** Runs one task on a worker thread; rejects with the engine's typed error, or AppError SERVER_BUSY. */
  run(task: EngineTask): Promise<EngineAnswer> {
    if (this.closed) return Promise.reject(new AppError('SERVER_BUSY', ENGINE_STOPPED_MESSAGE));
    const idle = this.slots.some((s) => !s.job) || this.slots.length < this.options.size;
    if (!idle && this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new AppError('SERVER_BUSY', ENGINE_BUSY_MESSAGE));
    }
    return new Promise<EngineAnswer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Waiting tasks and busy workers, for tests and the benchmark. */
  stats(): { workers: number; busy: number; queued: number } {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError('SERVER_BUSY', ENGINE_STOPPED_MESSAGE));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => !s.job) ?? (this.slots.length < this.options.size ? this.spawn() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref(); // a task in flight keeps the process alive until it answers
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Slot {
    // The worker runs server code from source (not Next's bundle), so it resolves `server-only` the way the server
    // does: under the react-server condition, where the package is an empty module (decision 031).
    const conditions = process.execArgv.some((a) => a.includes('react-server')) ? [] : ['--conditions=react-server'];
    const worker = new Worker(this.options.workerFile, {
      resourceLimits: this.options.resourceLimits,
      execArgv: [...process.execArgv, ...conditions],
    });
    const slot: Slot = { worker, job: null, gone: false };
    worker.unref();
    worker.on('message', (reply: Reply) => this.answer(slot, reply));
    worker.on('error', (error) => this.lose(slot, error));
    worker.on('exit', (code) => this.lose(slot, new Error(`engine worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private answer(slot: Slot, reply: Reply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = null;
    slot.worker.unref();
    if (reply.ok) job.resolve({ value: reply.value, threadId: reply.threadId });
    else job.reject(fromWireError(reply.error));
    this.dispatch();
  }

  /** A worker died: fail its task (never leave the caller waiting), forget it, let the queue start a new one. */
  private lose(slot: Slot, cause: Error): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    const job = slot.job;
    slot.job = null;
    if (job) {
      if (!this.closed) console.error('[align] engine worker died during a task', cause);
      job.reject(new AppError('SERVER_BUSY', ENGINE_STOPPED_MESSAGE));
    }
    if (!this.closed) this.dispatch();
  }
}

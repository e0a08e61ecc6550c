import 'server-only';
import { AppError } from '@/lib/server/errors';

// How many exports run at once (decision 026). An export is admitted when its request arrives: it answers at
// once with its headers, and its body starts when one of `running` slots is free. Admitted exports beyond
// `running + queued` are refused with 503 SERVER_BUSY and Retry-After, so memory and database connections stay
// bounded however many clients ask at once.

export const EXPORT_SLOTS = 4;
export const EXPORT_QUEUE = 200;
export const EXPORT_RETRY_AFTER_SECONDS = 30;

export interface SlotTicket {
  /** Resolves true when this export may run (wait for it before the first query), false if withdrawn first. */
  start(): Promise<boolean>;
  /** Frees the slot or the place in the queue. Safe to call more than once. */
  release(): void;
  /** The client went away: gives back the place in the queue; a running export releases its slot itself. */
  withdraw(): void;
}

export class ExportSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private admitted = 0;
  /** The most exports that ever ran at once: what the bound test counts. */
  maxRunning = 0;

  constructor(
    readonly slots: number,
    readonly queue: number,
  ) {}

  get stats() {
    return { running: this.running, waiting: this.waiting.length, admitted: this.admitted, maxRunning: this.maxRunning };
  }

  /** Admits one export or throws SERVER_BUSY when `slots + queue` exports are already admitted. */
  admit(): SlotTicket {
    if (this.admitted >= this.slots + this.queue) {
      throw new AppError(
        'SERVER_BUSY',
        `The server is busy with ${this.admitted} exports. Try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds.`,
        { retryAfterSeconds: EXPORT_RETRY_AFTER_SECONDS },
      );
    }
    this.admitted++;
    let state: 'admitted' | 'waiting' | 'running' | 'released' = 'admitted';
    let wake: (() => void) | null = null;
    let answer: ((run: boolean) => void) | null = null;
    const release = () => {
      if (state === 'released') return;
      if (state === 'waiting' && wake) this.waiting.splice(this.waiting.indexOf(wake), 1);
      if (state === 'running') {
        this.running--;
        this.waiting.shift()?.();
      }
      state = 'released';
      this.admitted--;
      answer?.(false);
    };
    return {
      start: () => {
        if (state !== 'admitted') return Promise.resolve(state === 'running');
        if (this.running < this.slots) {
          state = 'running';
          this.run();
          return Promise.resolve(true);
        }
        state = 'waiting';
        return new Promise<boolean>((resolve) => {
          answer = resolve;
          wake = () => {
            state = 'running';
            this.run();
            resolve(true);
          };
          this.waiting.push(wake);
        });
      },
      release,
      withdraw: () => {
        if (state !== 'running') release();
      },
    };
  }

  private run(): void {
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
  }
}

/** The process's export slots. */
export const exportSlots = new ExportSlots(EXPORT_SLOTS, EXPORT_QUEUE);

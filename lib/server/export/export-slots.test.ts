import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/server/errors';
import { ExportSlots } from './export-slots';

// Decision 026: at most `slots` exports run at once, at most `queue` more wait, the rest are refused. Counted,
// never timed.

describe('ExportSlots', () => {
  it('never runs more than its slots, and starts the next waiting export when one ends', async () => {
    const slots = new ExportSlots(2, 10);
    const tickets = Array.from({ length: 5 }, () => slots.admit());
    const started: number[] = [];
    const runs = tickets.map((t, i) => t.start().then((run) => run && started.push(i)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(slots.stats).toMatchObject({ running: 2, waiting: 3, admitted: 5 });
    tickets[1].release();
    tickets[1].release(); // twice is once
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const t of tickets) t.release();
    await Promise.all(runs);
    expect(slots.maxRunning).toBe(2);
    expect(slots.stats).toMatchObject({ running: 0, waiting: 0, admitted: 0 });
  });

  it('refuses with 503 SERVER_BUSY and a retry time once slots and queue are taken', () => {
    const slots = new ExportSlots(1, 2);
    const tickets = [slots.admit(), slots.admit(), slots.admit()];
    let refused: unknown;
    try {
      slots.admit();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'SERVER_BUSY', status: 503, details: { retryAfterSeconds: 30 } });
    tickets[2].release();
    expect(() => slots.admit()).not.toThrow();
  });

  it('gives back the place of an export whose client left while it waited, without running it', async () => {
    const slots = new ExportSlots(1, 5);
    const running = slots.admit();
    await running.start();
    const waiting = slots.admit();
    const verdict = waiting.start();
    expect(slots.stats).toMatchObject({ running: 1, waiting: 1 });
    waiting.withdraw();
    expect(await verdict).toBe(false);
    expect(slots.stats).toMatchObject({ running: 1, waiting: 0, admitted: 1 });
    running.withdraw(); // a running export frees its slot itself, when its stream ends
    expect(slots.stats).toMatchObject({ running: 1 });
    running.release();
    expect(slots.stats).toMatchObject({ running: 0, admitted: 0 });
  });
});

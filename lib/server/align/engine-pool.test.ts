import { fileURLToPath } from 'node:url';
import { threadId as mainThreadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidLocksError } from '@/lib/align-engine';
import { AppError } from '@/lib/server/errors';
import { EnginePool } from './engine-pool';
import type { EngineTask } from './engine-tasks';
import { engineWorkerFile } from './run-engine';

// Decision 025: the engine runs on worker threads, the request thread keeps turning, a dead worker fails only
// its task (503) and is replaced, and a full queue answers 503 at once.

const crashingWorker = fileURLToPath(new URL('./crashing-engine-worker.test-fixture.mjs', import.meta.url));

function largePair(sentences: number): EngineTask {
  const source: string[] = [];
  const target: string[] = [];
  for (let i = 0; i < sentences; i += 1) {
    source.push(`Officials in Seoul said ${i * 7 + 3} people attended meeting number ${i} on Tuesday.`);
    target.push(`서울 당국은 화요일 ${i}번째 회의에 ${i * 7 + 3}명이 참석했다고 밝혔다.`);
    if (i % 5 === 4) {
      source.push('');
      target.push('');
    }
  }
  return { kind: 'autoAlign', input: { sourceText: source.join('\n'), targetText: target.join('\n'), sourceLang: 'en', targetLang: 'ko' } };
}

const lexiconTask = (srcLang: string): EngineTask => ({ kind: 'buildLexicon', options: { srcLang, tgtLang: 'ko', builtin: false } });

const pools: EnginePool[] = [];
function pool(options: Partial<ConstructorParameters<typeof EnginePool>[0]> = {}): EnginePool {
  const p = new EnginePool({ size: 1, maxQueued: 4, workerFile: engineWorkerFile(), ...options });
  pools.push(p);
  return p;
}
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('alignment engine pool', () => {
  it('runs a large alignment on another thread while the request thread keeps turning', async () => {
    const engine = pool();
    let settled = false;
    const running = engine.run(largePair(1500)).finally(() => {
      settled = true;
    });
    let turns = 0;
    while (!settled) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turns += 1;
      // On the request thread the alignment would finish inside run(), before the first turn.
      if (turns === 3) expect(settled).toBe(false);
    }
    const answer = await running;
    expect(answer.threadId).not.toBe(mainThreadId);
    expect(turns).toBeGreaterThan(3);
    const { alignment } = answer.value as { alignment: { source: unknown[]; target: unknown[]; beads: unknown[] } };
    expect(alignment.source.length).toBe(1500);
    expect(alignment.beads.length).toBeGreaterThan(1000);
  });

  it("returns engine errors from the worker as the engine's typed errors", async () => {
    const engine = pool();
    const bad = engine.run({
      kind: 'realign',
      source: [{ id: 's', side: 'source', paragraph: 0, text: 'a' }],
      target: [],
      locks: [{ source: [5], target: [] }],
      options: { srcLang: 'en', tgtLang: 'ko' },
    });
    await expect(bad).rejects.toBeInstanceOf(InvalidLocksError);
    await expect(bad).rejects.toThrow(/out of range/);
  });

  it('answers SERVER_BUSY at once when the queue is full, and runs what it accepted', async () => {
    const engine = pool({ maxQueued: 1 });
    const first = engine.run(lexiconTask('en'));
    const second = engine.run(lexiconTask('en'));
    const third = engine.run(lexiconTask('en'));
    await expect(third).rejects.toMatchObject({ code: 'SERVER_BUSY', status: 503 });
    await expect(third).rejects.toThrow(/too many documents at once/);
    await expect(first).resolves.toMatchObject({ value: { srcLang: 'en' } });
    await expect(second).resolves.toMatchObject({ value: { srcLang: 'en' } });
  });

  it.each(['exit', 'throw'])('reports a worker that dies (%s) as a 503 and replaces it', async (how) => {
    const engine = pool({ workerFile: crashingWorker });
    const before = await engine.run(lexiconTask('ok'));
    const crash = engine.run(lexiconTask(how));
    const queued = engine.run(lexiconTask('after'));
    const error = await crash.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'SERVER_BUSY', status: 503 });
    expect((error as Error).message).toMatch(/stopped unexpectedly.*Nothing was saved/);
    const after = await queued;
    expect(after.value).toBe('after');
    expect(after.threadId).not.toBe(before.threadId);
    expect(engine.stats()).toEqual({ workers: 1, busy: 0, queued: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { realignBetweenLocks } from '@/lib/align-engine';
import { applyPatch } from '../operations/apply-patch';
import { counterIds, deepFreeze } from '../testing/alignment-fixtures';
import type { Alignment, Bead } from '../types';
import { validateAlignment } from '../validate-alignment';
import { diffSide, sentenceSimilarity } from './diff-side';
import { patchBetween } from './patch-between';
import { finishRevision, lockedOnly, prepareRevision, type RevisedSentence } from './plan-revision';

const KO = ['서울시는 27일 새 예산안을 발표했다.', '예산은 3조2천억원이다.', '시장은 기자회견을 열었다.', '시민들은 환영했다.'];
const EN = [
  'Seoul announced its new budget on Nov. 27.',
  'The budget is 3.2 trillion won.',
  'The mayor held a press conference.',
  'Citizens welcomed it.',
];

function article(status: Bead['status'] = 'approved'): Alignment {
  return {
    source: KO.map((text, i) => ({ id: `s${i + 1}`, side: 'source' as const, paragraph: i, text })),
    target: EN.map((text, i) => ({ id: `t${i + 1}`, side: 'target' as const, paragraph: i, text })),
    beads: KO.map((_, i) => ({
      id: `b${i + 1}`,
      source: [`s${i + 1}`],
      target: [`t${i + 1}`],
      origin: 'auto' as const,
      confidence: 0.9,
      reason: 'length fits',
      status,
    })),
  };
}

const sentences = (texts: string[]): RevisedSentence[] => texts.map((text, paragraph) => ({ paragraph, text }));

function revise(before: Alignment, next: { source?: string[]; target?: string[] }) {
  const ids = counterIds();
  const plan = prepareRevision(
    deepFreeze(before),
    { source: next.source && sentences(next.source), target: next.target && sentences(next.target) },
    ids.newId,
  );
  const engine = realignBetweenLocks(plan.engineSource, plan.engineTarget, plan.locks, { srcLang: 'ko', tgtLang: 'en' });
  const done = finishRevision(plan, engine, ids.newId);
  // When only corrections were made the server skips the engine: the locks alone must give the same alignment.
  const locked = lockedOnly(plan);
  if (locked) expect(finishRevision(plan, locked, counterIds('unused').newId).alignment).toStrictEqual(done.alignment);
  expect(validateAlignment(done.alignment)).toEqual({ ok: true });
  // Stored as a patch like every change: applying it gives the revision, its inverse gives back the original.
  const applied = applyPatch(before, patchBetween(before, done.alignment), 'INVALID_OPERATION');
  expect(applied.alignment).toStrictEqual(done.alignment);
  expect(applyPatch(applied.alignment, applied.inverse, 'VERSION_CONFLICT').alignment).toStrictEqual(before);
  return { ...done, applied };
}

describe('sentence diff of one side', () => {
  it('keeps unchanged sentences, pairs a corrected one with the sentence it replaces, and lists real additions', () => {
    const old = article().target;
    const next = sentences([EN[0], 'The budget is 3.4 trillion won.', 'A brand new closing paragraph appears here.', EN[2], EN[3]]);
    const diff = diffSide(old, next, 'target', counterIds().newId);
    expect([...diff.kept]).toEqual(['t1', 't3', 't4']);
    expect(diff.replacedBy).toEqual(new Map([['t2', 'n1']]));
    expect([...diff.added]).toEqual(['n2']);
    expect(diff.removed.size).toBe(0);
    expect(diff.segments.map((s) => s.id)).toEqual(['t1', 'n1', 'n2', 't3', 't4']);
  });

  it('tells a corrected sentence from an unrelated one by the words they share', () => {
    expect(sentenceSimilarity('The budget is 3.2 trillion won.', 'The budget is 3.4 trillion won.')).toBeGreaterThan(0.5);
    expect(sentenceSimilarity('The budget is 3.2 trillion won.', 'Citizens protested outside city hall.')).toBeLessThan(0.5);
  });
});

describe('a revision of an approved article', () => {
  it('keeps every untouched bead exactly and sends the corrected one back to review under its own id', () => {
    const before = article();
    const { alignment, summary } = revise(before, { target: [EN[0], 'The budget is 3.4 trillion won.', EN[2], EN[3]] });
    expect(alignment.beads.map((b) => [b.id, b.status])).toEqual([
      ['b1', 'approved'],
      ['b2', 'edited'],
      ['b3', 'approved'],
      ['b4', 'approved'],
    ]);
    expect(alignment.beads[0]).toBe(before.beads[0]);
    expect(summary.beads).toEqual({ kept: 3, changed: 1, added: 0, removed: 0 });
    expect(summary.changed).toEqual([
      {
        beadId: 'b2',
        before: { source: KO[1], target: EN[1] },
        after: { source: KO[1], target: 'The budget is 3.4 trillion won.' },
      },
    ]);
  });

  it('keeps the link of a corrected sentence even when the engine would now split it (numbers no longer agree)', () => {
    const before = article();
    const { alignment, summary } = revise(before, { target: [EN[0], EN[1].replace('3.2', '4.5'), EN[2], EN[3]] });
    expect(alignment.beads.map((b) => [b.id, b.status, b.source.length, b.target.length])).toEqual([
      ['b1', 'approved', 1, 1],
      ['b2', 'edited', 1, 1],
      ['b3', 'approved', 1, 1],
      ['b4', 'approved', 1, 1],
    ]);
    expect(summary.beads.changed).toBe(1);
  });

  it('aligns a sentence added on both sides as a new bead and drops a bead whose sentences were deleted', () => {
    const before = article();
    const { alignment, summary } = revise(before, {
      source: [KO[0], KO[1], '경찰은 사고 원인을 조사하고 있다.', KO[2]],
      target: [EN[0], EN[1], 'Police are investigating the cause of the accident.', EN[2]],
    });
    expect(alignment.beads.map((b) => b.status)).toEqual(['approved', 'approved', 'auto', 'approved']);
    expect(alignment.beads.map((b) => b.id)).toEqual(['b1', 'b2', 'n3', 'b3']);
    expect(summary.beads).toEqual({ kept: 3, changed: 0, added: 1, removed: 1 });
    expect(summary.sentences).toEqual({ kept: 6, changed: 0, added: 2, removed: 2 });
  });

  it('keeps a bead whose sentence only moved to another paragraph', () => {
    const before = article();
    const { alignment, applied } = revise(before, { target: EN });
    expect(alignment).toStrictEqual(before);
    expect(applied.changed).toEqual({ beads: [], segments: [] });
  });

  it('realigns a whole side that was rewritten without keeping stale beads', () => {
    const before = article('confirmed');
    const { alignment, summary } = revise(before, { target: ['Completely different words.', 'Nothing in common at all here.'] });
    expect(summary.beads.kept).toBe(0);
    expect(alignment.target.map((s) => s.text)).toEqual(['Completely different words.', 'Nothing in common at all here.']);
    expect(alignment.beads.every((b) => b.status === 'auto' || b.status === 'edited')).toBe(true);
  });
});

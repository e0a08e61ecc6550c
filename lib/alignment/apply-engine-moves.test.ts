import { describe, expect, it } from 'vitest';
import { applyEngineMoves, type MoveProposal } from './apply-engine-moves';
import { alignmentOf, beadLines, deepFreeze } from './testing/alignment-fixtures';
import { validateAlignment } from './validate-alignment';

// Monotonic engine output for an edition that moved s2 s3 to the end (t3 t4).
const DOC = ['b1: s1 = t1', 'b2: s2 =', 'b3: s3 =', 'b4: s4 = t2', 'b5: = t3', 'b6: = t4'];
const move = (source: string[], target: string[]): MoveProposal => ({ source, target, confidence: 0.7, reason: 'moved' });

describe('applyEngineMoves', () => {
  it('turns an omission run and an addition run into one moved bead at the omission place', () => {
    const result = applyEngineMoves(deepFreeze(alignmentOf(DOC)), [move(['s2', 's3'], ['t3', 't4'])]);
    expect(beadLines(result)).toEqual(['b1 auto: s1 = t1', 'b2 auto moved: s2 s3 = t3 t4', 'b4 auto: s4 = t2']);
    expect(result.beads[1]).toMatchObject({ origin: 'auto', confidence: 0.7, reason: 'moved' });
    expect(validateAlignment(result)).toEqual({ ok: true });
  });

  it.each([
    { name: 'a source segment that is linked', moveIt: move(['s1'], ['t3']) },
    { name: 'a target segment that is linked', moveIt: move(['s2'], ['t2']) },
    { name: 'an omission bead only partly covered', moveIt: move(['s2', 's3', 's4'], ['t3']) },
    { name: 'a run with a gap', moveIt: move(['s2', 's4'], ['t3']) },
    { name: 'an unknown id', moveIt: move(['s9'], ['t3']) },
    { name: 'an empty side', moveIt: move([], ['t3']) },
  ])('skips a move with $name', ({ moveIt }) => {
    const alignment = alignmentOf(DOC);
    expect(applyEngineMoves(alignment, [moveIt])).toEqual(alignment);
  });

  it('skips a second move over segments the first already took', () => {
    const result = applyEngineMoves(alignmentOf(DOC), [move(['s2'], ['t3']), move(['s2', 's3'], ['t3', 't4'])]);
    expect(beadLines(result)).toEqual(['b1 auto: s1 = t1', 'b2 auto moved: s2 = t3', 'b3 auto: s3 =', 'b4 auto: s4 = t2', 'b6 auto: = t4']);
  });
});

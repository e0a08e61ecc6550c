import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { InvalidLocksError } from './errors';
import { realignBetweenLocks } from './realign-between-locks';

const seg = (lines: string[]) => lines.map((text) => ({ text }));
const shape = (beads: { source: number[]; target: number[] }[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);
const OPTS = { srcLang: 'en', tgtLang: 'de' };

const SRC = seg(['In 1990 the bridge opened.', 'It cost 40 million.', 'In 2005 it was repaired.', 'Traffic doubled by 2010.', 'A new bridge is planned for 2030.']);
const TGT = seg(['1990 wurde die Brücke eröffnet.', 'Sie kostete 40 Millionen.', '2005 wurde sie repariert.', 'Bis 2010 verdoppelte sich der Verkehr.', 'Für 2030 ist eine neue Brücke geplant.']);

describe('realignBetweenLocks', () => {
  it('without locks equals alignSegments', () => {
    expect(shape(realignBetweenLocks(SRC, TGT, [], OPTS))).toEqual(shape(alignSegments(SRC, TGT, OPTS)));
  });

  it('keeps locks exactly, even ones the engine would not choose, and realigns between them', () => {
    const locks = [{ source: [1, 2], target: [1] }];
    const beads = realignBetweenLocks(SRC, TGT, locks, OPTS);
    expect(shape(beads)).toEqual(['[0]:[0]', '[1,2]:[1]', '[]:[2]', '[3]:[3]', '[4]:[4]']);
    expect(beads[1]).toMatchObject({ confidence: 1, reason: 'locked by an editor' });
  });

  it('keeps a locked omission in document order', () => {
    const beads = realignBetweenLocks(SRC, TGT, [{ source: [2], target: [] }], OPTS);
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[]', '[]:[2]', '[3]:[3]', '[4]:[4]']);
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2, 3, 4]);
    expect(beads.flatMap((b) => b.target)).toEqual([0, 1, 2, 3, 4]);
  });

  it('aligns only the stretch between two locks', () => {
    const locks = [
      { source: [0], target: [0] },
      { source: [4], target: [4] },
    ];
    expect(shape(realignBetweenLocks(SRC, TGT, locks, OPTS))).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]']);
  });

  it.each([
    ['out of range', [{ source: [9], target: [0] }]],
    ['not consecutive', [{ source: [0, 2], target: [0] }]],
    ['overlapping locks', [{ source: [0], target: [0] }, { source: [0], target: [1] }]],
    ['crossing locks', [{ source: [0], target: [3] }, { source: [3], target: [0] }]],
    ['empty lock', [{ source: [], target: [] }]],
  ])('rejects %s', (_name, locks) => {
    expect(() => realignBetweenLocks(SRC, TGT, locks, OPTS)).toThrow(InvalidLocksError);
  });
});

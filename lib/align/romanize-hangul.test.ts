import { describe, expect, it } from 'vitest';
import { hangulSkeleton, latinSkeleton } from './romanize-hangul';

describe('name skeletons meet across scripts', () => {
  it.each([
    ['트럼프', 'Trump'],
    ['존슨', 'Johnson'],
    ['보리스', 'Boris'],
    ['브렉시트', 'Brexit'],
    ['아리사발라가', 'Arrizabalaga'],
    ['스터리지', 'Sturridge'],
    ['문재인', 'MoonJaein'],
    ['볼리비아', 'Bolivia'],
    ['푸틴', 'Putin'],
  ])('%s ~ %s', (ko, en) => {
    expect(hangulSkeleton(ko)).toBe(latinSkeleton(en));
  });

  it.each([
    ['트럼프', 'Merkel'],
    ['존슨', 'Macron'],
    ['서울', 'Tokyo'],
  ])('%s is not %s', (ko, en) => {
    expect(hangulSkeleton(ko)).not.toBe(latinSkeleton(en));
  });

  it('ignores vowels, h, w, y and doubled letters', () => {
    expect(latinSkeleton('Hallo')).toBe('R');
    expect(latinSkeleton('Éric')).toBe(latinSkeleton('Eric'));
  });
});

import { describe, expect, it } from 'vitest';
import { hangulSkeleton, hangulSkeletonVariants, koreanNameSkeletons, latinSkeleton, latinSkeletonVariants } from './romanize-hangul';

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

describe('Korean personal names: family-name spellings and given-name forms', () => {
  it.each([
    ['이명박', 'Lee', 'Myung-bak'],
    ['이승만', 'Rhee', 'Syng-man'],
    ['이재명', 'Yi', 'Jae-myung'],
    ['박근혜', 'Park', 'Geun-hye'],
    ['박지성', 'Pak', 'Ji-sung'],
    ['노무현', 'Roh', 'Moo-hyun'],
    ['임종석', 'Lim', 'Jong-seok'],
    ['정세균', 'Chung', 'Sye-kyun'],
    ['정의용', 'Jeong', 'Eui-yong'],
    ['최태원', 'Choi', 'Tae-won'],
    ['김정은', 'Kim', 'Jong Un'],
    ['윤석열', 'Yoon', 'Suk-yeol'],
    ['윤석열', 'Yun', 'Suk Yeol'],
    ['조국', 'Cho', 'Kuk'],
    ['문재인', 'Moon', 'Jae In'],
    ['문재인', 'Moon', 'Jaein'],
  ])('%s ~ %s %s', (ko, family, given) => {
    expect(koreanNameSkeletons(family, given)).toContain(hangulSkeleton(ko));
  });

  it.each([
    ['이명박', 'Park', 'Myung-bak'],
    ['박근혜', 'Lee', 'Geun-hye'],
    ['김정은', 'Moon', 'Jae-in'],
  ])('%s is not %s %s', (ko, family, given) => {
    expect(koreanNameSkeletons(family, given)).not.toContain(hangulSkeleton(ko));
  });

  it('keeps the plain skeleton for names that are not Korean family names', () => {
    expect(koreanNameSkeletons('Boris', 'Johnson')).toEqual([latinSkeleton('BorisJohnson')]);
  });
});

describe('loanword spellings that drift by one sound class', () => {
  const meets = (ko: string, en: string) => {
    const k = [hangulSkeleton(ko), ...hangulSkeletonVariants(hangulSkeleton(ko))];
    const e = [latinSkeleton(en), ...latinSkeletonVariants(latinSkeleton(en))];
    return k.some((x) => e.includes(x));
  };
  it.each([
    ['브라이튼', 'Brighton'], // silent gh
    ['잉글리쉬', 'English'], // ng heard twice
    ['웨스트민스터', 'Westminster'], // the final r not heard
  ])('%s meets %s (it did not before decision 021)', (ko, en) => {
    expect(hangulSkeleton(ko)).not.toBe(latinSkeleton(en));
    expect(meets(ko, en)).toBe(true);
  });

  it('does not make unrelated names meet', () => {
    expect(meets('트럼프', 'Johnson')).toBe(false);
    expect(meets('브라이튼', 'Barcelona')).toBe(false);
  });

  it('offers no deletions on the Hangul side, so a name never matches twice', () => {
    expect(hangulSkeletonVariants('PRTN')).toEqual([]);
    expect(hangulSkeletonVariants('NKRS')).toEqual(['NRS']);
  });
});

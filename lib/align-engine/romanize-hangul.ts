// Names survive translation as sound, not spelling: 트럼프 ~ Trump, 존슨 ~ Johnson, 문재인 ~ Moon Jae-in.
// Both sides are reduced to a consonant skeleton over coarse sound classes (vowels, h, w, y dropped;
// voiced/unvoiced merged; r/l merged), so Revised Romanization, McCune-Reischauer and loanword spellings
// meet. Keys shorter than 3 classes are too ambiguous to use.

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
// Initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
const INITIAL = ['K', 'K', 'N', 'T', 'T', 'R', 'M', 'P', 'P', 'S', 'S', '', 'J', 'J', 'J', 'K', 'T', 'P', ''];
// Final consonants: (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
const FINAL = [
  '',
  'K',
  'K',
  'K',
  'N',
  'N',
  'N',
  'T',
  'R',
  'K',
  'M',
  'R',
  'R',
  'R',
  'P',
  'R',
  'M',
  'P',
  'P',
  'S',
  'S',
  'N',
  'J',
  'J',
  'K',
  'T',
  'P',
  '',
];

export const MIN_SKELETON = 3;

function collapse(classes: string): string {
  return classes.replace(/(.)\1+/g, '$1');
}

export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= HANGUL_BASE && c <= HANGUL_LAST;
}

/** Consonant skeleton of a Hangul word: 트럼프 -> TRMP. Non-Hangul characters are ignored. */
export function hangulSkeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    if (!isHangulSyllable(ch)) continue;
    const index = ch.charCodeAt(0) - HANGUL_BASE;
    out += INITIAL[Math.floor(index / 588)] + FINAL[index % 28];
  }
  return collapse(out);
}

const LATIN_RULES: [RegExp, string][] = [
  [/ng/g, 'N'],
  [/ch|tch|tsch|cz/g, 'J'],
  [/sh|sch|ss|zz/g, 'S'],
  [/th/g, 'T'],
  [/ph/g, 'P'],
  [/ck|cq|q/g, 'K'],
  [/x/g, 'KS'],
  [/c(?=[eiy])/g, 'S'],
  [/c/g, 'K'],
  [/j|dg|dj/g, 'J'],
  [/g/g, 'K'],
  [/k/g, 'K'],
  [/[bpfv]/g, 'P'],
  [/[dt]/g, 'T'],
  [/[sz]/g, 'S'],
  [/[lr]/g, 'R'],
  [/m/g, 'M'],
  [/n/g, 'N'],
];

/** Skeletons of words already seen: names recur through a document (a pure function's answers; bounded). */
const skeletonMemo = new Map<string, string>();
const SKELETON_MEMO_WORDS = 100_000;

/** Consonant skeleton of a Latin-script word or name: "Trump" -> TRMP, "Jae-in" -> JN. */
export function latinSkeleton(word: string): string {
  let skeleton = skeletonMemo.get(word);
  if (skeleton === undefined) {
    skeleton = computeLatinSkeleton(word);
    if (skeletonMemo.size >= SKELETON_MEMO_WORDS) skeletonMemo.clear();
    skeletonMemo.set(word, skeleton);
  }
  return skeleton;
}

function computeLatinSkeleton(word: string): string {
  let s = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [re, cls] of LATIN_RULES) s = s.replace(re, cls);
  return collapse(s.replace(/[a-z]/g, ''));
}

/**
 * Family names whose usual spellings do not reduce to the skeleton of their Hangul: 이 is Lee/Rhee
 * (Hangul skeleton empty, "Lee" gives R), 박 is Park (PK, "Park" gives PRK), 노 is Roh (N), 임 is Lim (M),
 * 류 is also Yoo/Yu (R). Values are the Hangul skeletons the spelling may stand for.
 */
const FAMILY_NAME_SKELETONS: Record<string, readonly string[]> = {
  lee: [''],
  rhee: [''],
  yi: [''],
  ri: ['', 'R'],
  rhie: [''],
  park: ['PK'],
  pak: ['PK'],
  bak: ['PK'],
  pahk: ['PK'],
  roh: ['N', 'R'],
  rho: ['N', 'R'],
  noh: ['N'],
  lim: ['M', 'RM'],
  rim: ['M', 'RM'],
  im: ['M'],
  ryu: ['R', ''],
  yoo: ['', 'R'],
  yu: ['', 'R'],
  rhyu: ['R'],
  rah: ['N', 'R'],
  ra: ['N', 'R'],
  la: ['N', 'R'],
};

/**
 * Skeletons of a Korean personal name written in Latin script, family name first ("Lee", "Myung-bak"
 * or "Myung Bak"): the plain skeleton plus one per Hangul reading of the family name, so "Lee Myung-bak"
 * meets 이명박 (MNPK) and "Park Geun-hye" meets 박근혜 (PKN).
 */
export function koreanNameSkeletons(family: string, given: string): string[] {
  const rest = latinSkeleton(given);
  const out = [latinSkeleton(family + given)];
  for (const reading of FAMILY_NAME_SKELETONS[family.toLowerCase()] ?? []) out.push(collapse(reading + rest));
  return [...new Set(out)];
}

/**
 * Loanword spellings drift by one consonant class: "Brighton" (PRKTN, a silent gh) is 브라이튼 (PRTN),
 * "English" (NRS) is 잉글리쉬 (NKRS, the ng heard twice). The Latin side also offers every skeleton with one
 * class left out, the Hangul side its skeleton with NK read as N; a Hangul skeleton then meets a Latin one
 * at most once (the Hangul side offers no deletions), so a name is never counted twice (decision 021).
 */
export function latinSkeletonVariants(skeleton: string): string[] {
  if (skeleton.length < MIN_SKELETON + 1) return [];
  const out = new Set<string>();
  for (let k = 0; k < skeleton.length; k++) out.add(collapse(skeleton.slice(0, k) + skeleton.slice(k + 1)));
  out.delete(skeleton);
  return [...out].filter((v) => v.length >= MIN_SKELETON);
}

export function hangulSkeletonVariants(skeleton: string): string[] {
  const variant = collapse(skeleton.replace(/NK/g, 'N'));
  return variant !== skeleton && variant.length >= MIN_SKELETON ? [variant] : [];
}

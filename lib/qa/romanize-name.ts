import { isHangulSyllable } from '@/lib/align-engine/romanize-hangul';

// Korean personal names against their Latin spellings, syllable by syllable and with vowels: the engine's
// consonant skeletons (lib/align-engine/romanize-hangul.ts) are too coarse for QA, where 이창용 must meet
// "Lee Chang-yong" and not "Lee Chang-hoon" (both reduce to R-JN). Each syllable offers its Revised
// Romanization and the common older and family spellings; a Latin name matches when it splits into them.

const INITIALS = [
  ['g', 'k'],
  ['kk', 'gg', 'k'],
  ['n'],
  ['d', 't'],
  ['tt', 'dd'],
  ['r', 'l'],
  ['m'],
  ['b', 'p'],
  ['pp', 'bb'],
  ['s', 'sh'],
  ['ss', 's'],
  [''],
  ['j', 'ch'],
  ['jj', 'tch'],
  ['ch'],
  ['k'],
  ['t'],
  ['p'],
  ['h'],
];
const VOWELS = [
  ['a'],
  ['ae', 'ai'],
  ['ya'],
  ['yae'],
  ['eo', 'u', 'o', 'eu'],
  ['e'],
  ['yeo', 'yu', 'yo', 'you'],
  ['ye'],
  ['o', 'oh'],
  ['wa'],
  ['wae'],
  ['oe', 'oi', 'we'],
  ['yo'],
  ['u', 'oo', 'woo'],
  ['wo'],
  ['we'],
  ['wi'],
  ['yu', 'yoo'],
  ['eu', 'u', 'e'],
  ['ui', 'eui', 'ee', 'i'],
  ['i', 'ee', 'y'],
];
const FINALS = [
  [''],
  ['k', 'g'],
  ['k'],
  ['k'],
  ['n'],
  ['n'],
  ['n'],
  ['t', 'd'],
  ['l', 'r'],
  ['k'],
  ['m'],
  ['l'],
  ['l'],
  ['l'],
  ['p'],
  ['l'],
  ['m'],
  ['p', 'b'],
  ['p'],
  ['t', 's'],
  ['t'],
  ['ng'],
  ['t'],
  ['t'],
  ['k'],
  ['t'],
  ['p'],
  ['t', 'h'],
];

/** Family-name spellings no syllable rule produces (Lee for 이, Park for 박, Roh for 노, …). */
const FAMILY_SPELLINGS: Record<string, readonly string[]> = {
  이: ['lee', 'rhee', 'yi', 'ri', 'rhie'],
  박: ['park', 'pak', 'bak'],
  노: ['roh', 'rho', 'noh'],
  임: ['lim', 'rim', 'im'],
  류: ['ryu', 'yoo', 'yu'],
  유: ['yoo', 'yu'],
  나: ['na', 'ra', 'nah'],
  최: ['choi', 'choe'],
  오: ['oh', 'o'],
  우: ['woo', 'wu'],
  신: ['shin', 'sin'],
  안: ['ahn', 'an'],
  손: ['son', 'sohn'],
  백: ['baek', 'paik', 'back'],
  허: ['heo', 'hur', 'huh'],
  심: ['shim', 'sim'],
  곽: ['kwak'],
  권: ['kwon', 'kweon'],
  서: ['seo', 'suh'],
  여: ['yeo', 'yuh'],
  변: ['byun', 'byeon'],
  염: ['yeom', 'yum'],
  천: ['chun', 'cheon'],
  전: ['jeon', 'jun', 'chun'],
  정: ['jung', 'chung', 'jeong'],
  성: ['sung', 'seong'],
  주: ['joo', 'ju', 'chu'],
  구: ['koo', 'ku', 'goo'],
  조: ['cho', 'jo'],
  고: ['ko', 'koh', 'go'],
  황: ['hwang'],
  한: ['han'],
};

/** Common family names, two-syllable ones first. */
export const FAMILY_NAMES = [
  '남궁',
  '제갈',
  '선우',
  '황보',
  '독고',
  '사공',
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창',
];

export function syllableSpellings(syllable: string): string[] {
  const index = syllable.charCodeAt(0) - 0xac00;
  const initial = INITIALS[Math.floor(index / 588)];
  const vowel = VOWELS[Math.floor((index % 588) / 28)];
  const final = FINALS[index % 28];
  const out = new Set<string>();
  for (const i of initial) for (const v of vowel) for (const f of final) out.add(i + v + f);
  return [...out];
}

function lettersOf(latin: string): string {
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Whether `latin` (any hyphens and spaces) splits into spellings of the Hangul syllables, in order. */
export function spellsHangul(hangul: string, latin: string, family = false): boolean {
  const syllables = [...hangul].filter(isHangulSyllable);
  const letters = lettersOf(latin);
  if (syllables.length === 0 || letters.length === 0) return false;
  let reachable = new Set([0]);
  syllables.forEach((syllable, k) => {
    const options = syllableSpellings(syllable);
    if (k === 0 && family) options.push(...(FAMILY_SPELLINGS[syllable] ?? []));
    const next = new Set<number>();
    for (const at of reachable) for (const option of options) if (option && letters.startsWith(option, at)) next.add(at + option.length);
    reachable = next;
  });
  return reachable.has(letters.length);
}

/** Splits a Korean personal name into family and given name, or null when it does not start with a family name. */
export function splitKoreanName(name: string): { family: string; given: string } | null {
  const family = FAMILY_NAMES.find((f) => name.startsWith(f) && name.length - f.length >= 1 && name.length - f.length <= 2);
  return family ? { family, given: name.slice(family.length) } : null;
}

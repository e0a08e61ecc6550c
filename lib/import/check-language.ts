// Is the text in the language of the box it was put in? Counts Hangul against Latin letters; digits,
// punctuation and Han characters do not vote. Korean news uses Latin for names and acronyms (LG, AI)
// and English news quotes an occasional Hangul word, so the thresholds leave room for both.

export type DetectedScript = 'ko' | 'en' | 'mixed' | 'unknown';

export interface LanguageCheck {
  ok: boolean;
  detected: DetectedScript;
  /** Share of Hangul among Hangul + Latin letters, 0..1 (0 when there are no letters). */
  hangulShare: number;
  warning?: string;
}

const MIN_LETTERS = 20;
const KOREAN_AT_LEAST = 0.5;
const LATIN_AT_MOST = 0.15;

export function detectScript(text: string): { detected: DetectedScript; hangulShare: number } {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const total = hangul + latin;
  const hangulShare = total === 0 ? 0 : hangul / total;
  if (total < MIN_LETTERS) return { detected: 'unknown', hangulShare };
  if (hangulShare >= KOREAN_AT_LEAST) return { detected: 'ko', hangulShare };
  if (hangulShare <= LATIN_AT_MOST) return { detected: 'en', hangulShare };
  return { detected: 'mixed', hangulShare };
}

/** `expected` is a language code: `ko`/`ko-KR` expects Hangul, any other code expects Latin script. */
export function checkLanguage(text: string, expected: 'ko' | 'en' | string): LanguageCheck {
  const { detected, hangulShare } = detectScript(text);
  const wantKorean = expected.trim().toLowerCase().split(/[-_]/)[0] === 'ko';
  const box = wantKorean ? 'Korean' : 'English';
  if (detected === 'unknown') return { ok: true, detected, hangulShare, warning: 'The text is too short to check its language.' };
  if (detected === 'mixed')
    return {
      ok: false,
      detected,
      hangulShare,
      warning: `The text mixes Korean and Latin letters; check that it belongs in the ${box} box.`,
    };
  if (wantKorean && detected === 'en')
    return { ok: false, detected, hangulShare, warning: 'This text looks English, but it is in the Korean box.' };
  if (!wantKorean && detected === 'ko')
    return { ok: false, detected, hangulShare, warning: `This text looks Korean, but it is in the ${box} box.` };
  return { ok: true, detected, hangulShare };
}

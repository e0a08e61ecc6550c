// Language codes and the script facts the scorer needs.

import { baseLanguage } from '../segment';

/** 'ko-KR' -> 'ko' (one definition, shared with segmentation). */
export const baseLang = baseLanguage;

/** Languages written without spaces between words, or whose words glue particles (matched by substring). */
export function matchesInsideWords(lang: string): boolean {
  return ['ko', 'ja', 'zh'].includes(baseLang(lang));
}

/**
 * Length units of a text: characters, with Hangul syllables and Han/Kana counted as more than one, so
 * the per-document ratio starts near 1 for any pair. The ratio itself is estimated per document.
 */
export function lengthUnits(text: string): number {
  let units = 0;
  let space = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0) {
      if (!space && units > 0) units += 1;
      space = true;
      continue;
    }
    space = false;
    if (c >= 0xac00 && c <= 0xd7a3) units += 2;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) units += 3;
    else if (c >= 0x3040 && c <= 0x30ff) units += 1.5;
    else {
      units += 1;
      // a surrogate pair is one character
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
        const low = text.charCodeAt(k + 1);
        if (low >= 0xdc00 && low <= 0xdfff) k++;
      }
    }
  }
  return units;
}

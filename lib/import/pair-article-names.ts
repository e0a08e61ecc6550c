// Korean/English article pairs from file names, for zip batches and `npm run import` of a folder: the one set of
// naming rules. Pure. `<name>.ko.txt` + `<name>.en.html` or `.docx` (also `<name>_ko` / `<name>_en`), at any
// folder depth, or `ko/<name>.txt` + `en/<name>.txt` folders. Suffixes and names match case-insensitively.

import type { ItemText } from './item-text';

/** A file by its path (forward slashes, relative to the archive or folder). */
export interface NamedFile {
  name: string;
}

/** A file (or would-be pair) that cannot be imported; the rest still is. */
export interface ArticleFileError {
  name: string;
  /** English, for `npm run import` and logs. */
  message: string;
  /** The same as a catalog key under batchItem.error and its parameters, for the interface (decision 048). */
  text: ItemText;
}

export interface NamedPair<T extends NamedFile> {
  name: string;
  korean: T;
  english: T;
}

type Lang = 'ko' | 'en';
interface Classified<T> {
  file: T;
  key: string;
  display: string;
  lang: Lang;
}

const MB = 1024 * 1024;
const LANG_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };

function isIgnored(segments: string[]): boolean {
  const base = segments[segments.length - 1].toLowerCase();
  return segments.some((s) => s === '__MACOSX' || s.startsWith('.')) || base === 'thumbs.db' || base === 'desktop.ini';
}

/** Language and pairing key from the name, or an error message and its code. */
function classify<T>(file: T, segments: string[]): Classified<T> | { message: string; text: ItemText } {
  const base = segments[segments.length - 1];
  const ext = /\.([^.]+)$/.exec(base)?.[1].toLowerCase();
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm' && ext !== 'docx')
    return {
      message: `only .txt, .html and .docx files can be imported (this is ${ext ? `.${ext}` : 'a file without an extension'}).`,
      text: { code: 'unsupportedType', params: { name: base, ext: ext ? `.${ext}` : 'none' } },
    };
  const stem = base.slice(0, base.length - ext.length - 1);
  const dirs = segments.slice(0, -1);
  const suffix = /^(.+)[._](ko|en)$/i.exec(stem);
  const folder = dirs.findLastIndex((d) => /^(ko|en)$/i.test(d));
  const lang = (suffix?.[2] ?? (folder >= 0 ? dirs[folder] : undefined))?.toLowerCase() as Lang | undefined;
  if (!lang)
    return {
      message:
        'cannot tell whether it is Korean or English: name it <name>.ko.txt / <name>.en.txt (or .html, .docx), or put it in ko/ and en/ folders.',
      text: { code: 'unknownLanguage', params: { name: base } },
    };
  // The suffix wins over the folder; a language folder is left out of the key either way (ko/a.ko.txt ↔ en/a.en.txt).
  const path = [...dirs.filter((_, i) => i !== folder), suffix ? suffix[1] : stem];
  const display = path.join('/');
  return { file, key: display.toLowerCase(), display, lang };
}

/** The pairs (in no particular order) and the files that cannot be paired, each with a message. */
export function pairArticleNames<T extends NamedFile>(
  files: Iterable<T>,
  limit: { maxFileBytes: number; sizeOf: (file: T) => number },
): { pairs: NamedPair<T>[]; errors: ArticleFileError[] } {
  const errors: ArticleFileError[] = [];
  const groups = new Map<string, { display: string; ko: Classified<T>[]; en: Classified<T>[] }>();
  for (const file of files) {
    const segments = file.name.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || isIgnored(segments)) continue;
    const found = classify(file, segments);
    if ('message' in found) {
      errors.push({
        name: file.name,
        message: `${file.name}: ${found.message}`,
        text: { code: found.text.code, params: { ...found.text.params, name: file.name } },
      });
      continue;
    }
    const group = groups.get(found.key) ?? { display: found.display, ko: [], en: [] };
    group[found.lang].push(found);
    groups.set(found.key, group);
  }
  const pairs: NamedPair<T>[] = [];
  for (const { display, ko, en } of groups.values()) {
    const sides = { ko, en };
    const many = (['ko', 'en'] as const).find((lang) => sides[lang].length > 1);
    if (many)
      errors.push({
        name: display,
        message: `${display}: more than one ${LANG_NAME[many]} file (${sides[many].map((c) => c.file.name).join(', ')}); keep one.`,
        text: { code: 'duplicateSide', params: { name: display, lang: many, files: sides[many].map((c) => c.file.name).join(', ') } },
      });
    else if (ko.length === 0 || en.length === 0) {
      const [have, missing]: [Classified<T>, Lang] = ko.length ? [ko[0], 'en'] : [en[0], 'ko'];
      errors.push({
        name: have.file.name,
        message: `${have.file.name}: no ${LANG_NAME[missing]} partner (expected ${display}.${missing}.txt, .html or .docx, or the same name in a ${missing}/ folder).`,
        text: { code: 'noPartner', params: { name: have.file.name, lang: missing, expected: display } },
      });
    } else if (limit.sizeOf(ko[0].file) > limit.maxFileBytes || limit.sizeOf(en[0].file) > limit.maxFileBytes) {
      const big = limit.sizeOf(ko[0].file) > limit.maxFileBytes ? ko[0].file : en[0].file;
      errors.push({
        name: display,
        message: `${display}: ${big.name} is larger than ${limit.maxFileBytes / MB} MB.`,
        text: { code: 'fileTooLarge', params: { name: display, file: big.name, mb: limit.maxFileBytes / MB } },
      });
    } else pairs.push({ name: display, korean: ko[0].file, english: en[0].file });
  }
  return { pairs, errors };
}

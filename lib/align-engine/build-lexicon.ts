// A project's bilingual lexicon: the built-in news list (Korean-English only), the project glossary,
// and what the approved alignments teach (Dice co-occurrence). Plain data, so the app can cache it.
import { baseLang } from './language';
import { KO_EN_CONCEPTS } from './builtin-lexicon-ko-en';
import { learnFromPairs } from './learn-lexicon';
import type { Lexicon, LexiconEntry } from './types';

export interface BuildLexiconOptions {
  srcLang: string;
  tgtLang: string;
  glossary?: { source: string; target: string }[];
  /** Source/target texts of beads reviewers approved (one sentence or a few per side). */
  approvedPairs?: { source: string; target: string }[];
  /** Leave out the built-in list (for measuring what the other parts add). */
  builtin?: boolean;
}

const GLOSSARY_WEIGHT = 2;
/**
 * General vocabulary (decision 035): translators render ordinary words less consistently than news terms,
 * so a general term is expected on the other side with probability 0.45 instead of 0.6
 * (lexiconMatchProbability): it costs less where the translation leaves it out, and gains a little less where it matches.
 */
export const GENERAL_WEIGHT = 0;

function builtinEntries(srcLang: string, tgtLang: string): LexiconEntry[] {
  const s = baseLang(srcLang);
  const t = baseLang(tgtLang);
  const forward = s === 'ko' && t === 'en';
  if (!forward && !(s === 'en' && t === 'ko')) return [];
  const out: LexiconEntry[] = [];
  for (const row of KO_EN_CONCEPTS) {
    const weight = row.general ? GENERAL_WEIGHT : 1;
    for (const ko of row.source) {
      for (const en of row.target) {
        out.push(forward ? { source: ko, target: en, origin: 'builtin', weight } : { source: en, target: ko, origin: 'builtin', weight });
      }
    }
  }
  return out;
}

export function buildLexicon(opts: BuildLexiconOptions): Lexicon {
  const entries: LexiconEntry[] = opts.builtin === false ? [] : builtinEntries(opts.srcLang, opts.tgtLang);
  for (const g of opts.glossary ?? []) {
    const source = g.source.trim();
    const target = g.target.trim();
    if (source && target) entries.push({ source, target, origin: 'glossary', weight: GLOSSARY_WEIGHT });
  }
  if (opts.approvedPairs && opts.approvedPairs.length > 0) entries.push(...learnFromPairs(opts.approvedPairs));
  return { srcLang: opts.srcLang, tgtLang: opts.tgtLang, entries, key: contentKey(opts.srcLang, opts.tgtLang, entries) };
}

/** Two 32-bit FNV-1a hashes of the entries (different seeds) and their count: equal content, equal key. */
function contentKey(srcLang: string, tgtLang: string, entries: readonly LexiconEntry[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x811c9dc5 | 1) >>> 0;
    }
  };
  mix(`${srcLang}\u0000${tgtLang}`);
  for (const e of entries) mix(`\u0000${e.source}\u0001${e.target}\u0001${e.origin}\u0001${e.weight}`);
  return `${entries.length}-${a.toString(36)}-${b.toString(36)}`;
}

// Segmentation: paragraphs (plain text or HTML) and sentences. English and Korean use hand-written rules;
// every other language falls back to Intl.Segmenter, so any language pair can be segmented.
// Pure and deterministic: same input, same output.
import { htmlParagraphs } from './html-paragraphs';
import { lineGroups } from './line-groups';
import { splitParagraphs } from './split-paragraphs';
import { splitSentencesIntl } from './split-sentences-intl';
import { splitSentencesByRules } from './split-sentences-rules';

export { splitParagraphs } from './split-paragraphs';
export { htmlParagraphs } from './html-paragraphs';

export interface SegmentOptions {
  format?: 'text' | 'html';
  /** Per-project extra abbreviations that never end a sentence ("Corp.", "Gov."). */
  abbreviations?: string[];
}

export interface SentenceSegment {
  /** 0-based index of the paragraph on this side. */
  paragraph: number;
  text: string;
}

const RULE_LANGUAGES = new Set(['en', 'ko']);

/** 'ko-KR' -> 'ko'. */
export function baseLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Sentences of one paragraph. */
export function splitSentences(paragraph: string, lang: string, abbreviations: readonly string[] = []): string[] {
  const groups = lineGroups(paragraph);
  return RULE_LANGUAGES.has(baseLanguage(lang))
    ? splitSentencesByRules(groups, { abbreviations })
    : splitSentencesIntl(groups, lang, abbreviations);
}

export function segmentText(text: string, lang: string, opts: SegmentOptions = {}): SentenceSegment[] {
  const paragraphs = opts.format === 'html' ? htmlParagraphs(text) : splitParagraphs(text);
  const out: SentenceSegment[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const sentence of splitSentences(p, lang, opts.abbreviations)) out.push({ paragraph, text: sentence });
  });
  return out;
}

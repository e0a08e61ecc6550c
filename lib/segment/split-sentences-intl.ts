// Fallback for languages without hand-written rules: ICU sentence breaks via Intl.Segmenter, then a
// repair pass that re-joins breaks after known abbreviations and initials, which ICU does not suppress.
import { TITLE_ABBREVIATIONS, normalizeAbbreviation } from './abbreviations';

function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  const m = /(?:^|[\s(\["“‘«„])([\p{L}.]+)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1];
  return /^\p{Lu}$/u.test(word) || abbreviations.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

export function splitSentencesIntl(groups: string[], lang: string, extra: readonly string[] = []): string[] {
  const abbreviations = new Set([...TITLE_ABBREVIATIONS, ...extra.map(normalizeAbbreviation)]);
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('und', { granularity: 'sentence' });
  }
  const out: string[] = [];
  for (const group of groups) {
    let pending = '';
    for (const { segment, index } of segmenter.segment(group)) {
      pending += segment;
      const atEnd = index + segment.length >= group.length;
      if (!atEnd && endsWithAbbreviation(pending, abbreviations)) continue;
      if (pending.trim()) out.push(pending.trim());
      pending = '';
    }
    if (pending.trim()) out.push(pending.trim());
  }
  return out;
}

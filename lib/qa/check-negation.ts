import type { QaFinding, QaSpan } from './types';

// A negation lost in translation ("않았다" rendered as "did"). Korean predicate negation is unambiguous in form;
// English expresses the same meaning in many ways ("no", "without", "failed to", "lack", "instead"), so the check
// flags only a Korean predicate negation against an English side with no negating word at all (decision 033).
// It looks for a lost negation only: an English negation with none in the Korean is usually idiom.

// Predicate negation only: "없다"/"없는" (there is no, without) and "뿐만 아니라" (as well as) are usually rendered
// with other words ("-less", "un-", "as well as"), so they are not counted.
const KO_NEGATION =
  /지\s?(?:않|못)(?!도록|게)|않(?:았|는다|을|겠|습니)|못(?:했|한다|할|하고|합니)|아니(?:다|었|라고|라며|ㅂ니다|에요)|(?:^|\s)(?:안|못)\s(?!되는)[가-힣]/g;
// Words that carry a negation in English, explicitly or in the word ("unchanged", "yet to", "less than").
const EN_NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot|unable|fail(?:s|ed|ing|ure)?|refus\w*|den(?:y|ies|ied|ial)|lack\w*|absen\w*|instead|rather|unless|hardly|barely|scarcely|little|few|fewer|free|ban\w*|stop\w*|prevent\w*|avoid\w*|reject\w*|declin\w*|only|miss\w*|off|against|zero|rule[sd]? out|non-?\w+|\w+n['’]t|\w+less|un\w{3,}|ir\w{4,}|dis\w{4,}|im(?:possib\w*|mun\w*|balanc\w*)|in(?:eligib\w*|capab\w*|sufficien\w*|adequat\w*|complet\w*|effectiv\w*|accura\w*|correct\w*|dependen\w*|activ\w*)|yet to|less than|remain\w*|still|out of|bad\w*|doubt\w*|neglect\w*|ignor\w*|halt\w*|ceas\w*|quit\w*|postpon\w*|delay\w*|los[est]\w*|keep\w*|kept|abstain\w*|withh[oe]ld\w*)\b/i;

export function checkNegation(source: string, target: string, sourceLang: string, targetLang: string): QaFinding[] {
  if (sourceLang !== 'ko' || targetLang !== 'en') return [];
  const spans: QaSpan[] = [...source.matchAll(KO_NEGATION)].map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index + lead, end: m.index + m[0].length };
  });
  if (spans.length === 0 || EN_NEGATION.test(target)) return [];
  const negated = `"${source.slice(spans[0].start, spans[0].end)}"`;
  return [
    {
      check: 'negation',
      message: `The Korean is negated (${negated}), the translation has no negation.`,
      code: 'negation',
      params: { source: negated },
      source: spans,
      target: [],
    },
  ];
}

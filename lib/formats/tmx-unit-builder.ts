// Decides what one parsed <tu> becomes: a unit with a source and a target, or a reported problem.
// Separate from the SAX state machine so the language rules can be tested as a table.

import type { BeadStatus } from '@/lib/alignment/types';
import { parseBeadStatus, parseConfidence, parseTmxDate, UNIT_PROP } from './export-unit';
import { langMatchScore } from './language-codes';

export interface ParsedTuv {
  lang: string | null;
  text: string | null;
  attributes: Record<string, string>;
  notes: string[];
  props: Record<string, string>;
}

export interface ParsedTu {
  /** 1-based position of the <tu> in the file. */
  position: number;
  attributes: Record<string, string>;
  notes: string[];
  props: Record<string, string>;
  tuvs: ParsedTuv[];
  /** Set when a <seg> grew past the size cap while parsing. */
  oversized: boolean;
}

export interface TmxUnit {
  position: number;
  tuid: string | null;
  sourceLang: string;
  targetLang: string;
  sourceText: string;
  targetText: string;
  created: Date | null;
  changed: Date | null;
  creator: string | null;
  changer: string | null;
  status: BeadStatus | null;
  confidence: number | null;
  notes: string[];
  props: Record<string, string>;
}

export type TmxProblemCode = 'MISSING_LANG' | 'MISSING_SEG' | 'NO_SOURCE' | 'NO_TARGET' | 'SEGMENT_TOO_LARGE';

export interface TmxUnitProblem {
  code: TmxProblemCode;
  position: number;
  tuid: string | null;
  /** MISSING_LANG: which <tuv> (1-based) has no xml:lang. */
  tuv?: number;
  /** NO_SOURCE, NO_TARGET: the language looked for ('' when none was known). */
  lang?: string;
  /** In English, naming the unit; the interface words the code in the reader's language (decision 039). */
  message: string;
}

export interface LanguageChoice {
  /** Wanted source language; else the <tu srclang>, else the header srclang, else the first <tuv>. */
  sourceLang?: string;
  /** Wanted target language; else the first <tuv> that is not the source. */
  targetLang?: string;
  headerSrclang?: string;
}

const usable = (lang: string | undefined): lang is string => !!lang && lang.trim() !== '' && lang !== '*all*';

function bestMatch(tuvs: readonly ParsedTuv[], wanted: string, exclude?: ParsedTuv): ParsedTuv | null {
  let best: ParsedTuv | null = null;
  let bestScore = 0;
  for (const tuv of tuvs) {
    if (tuv === exclude || tuv.lang === null) continue;
    const score = langMatchScore(tuv.lang, wanted);
    if (score > bestScore) [best, bestScore] = [tuv, score];
  }
  return best;
}

function firstUsable(a: string | undefined, b: string | undefined, c: string | undefined): string | undefined {
  return usable(a) ? a : usable(b) ? b : usable(c) ? c : undefined;
}

function unitProblem(tu: ParsedTu, code: TmxProblemCode, message: string, params: { tuv?: number; lang?: string } = {}): TmxUnitProblem {
  const tuid = tu.attributes.tuid ?? null;
  const where = tuid !== null ? `tu ${tu.position} (tuid "${tuid}")` : `tu ${tu.position}`;
  return { code, position: tu.position, tuid, ...params, message: `${where}: ${message}` };
}

export function buildTmxUnit(tu: ParsedTu, choice: LanguageChoice): TmxUnit | TmxUnitProblem {
  const tuid = tu.attributes.tuid ?? null;
  if (tu.oversized) return unitProblem(tu, 'SEGMENT_TOO_LARGE', 'a segment is larger than the import limit; skipped.');
  const missing = tu.tuvs.findIndex((tuv) => tuv.lang === null);
  if (missing >= 0) return unitProblem(tu, 'MISSING_LANG', `<tuv> ${missing + 1} has no xml:lang; skipped.`, { tuv: missing + 1 });
  if (tu.tuvs.some((tuv) => tuv.text === null)) return unitProblem(tu, 'MISSING_SEG', 'a <tuv> has no <seg>; skipped.');

  const wantedSource = firstUsable(choice.sourceLang, tu.attributes.srclang, choice.headerSrclang) ?? tu.tuvs[0]?.lang;
  const source = wantedSource ? bestMatch(tu.tuvs, wantedSource) : null;
  if (!source || !wantedSource)
    return unitProblem(tu, 'NO_SOURCE', `no <tuv> in the source language ${wantedSource ?? ''}; skipped.`.replace(' ;', ';'), {
      lang: wantedSource ?? '',
    });
  const target = choice.targetLang ? bestMatch(tu.tuvs, choice.targetLang, source) : (tu.tuvs.find((tuv) => tuv !== source) ?? null);
  if (!target)
    return unitProblem(tu, 'NO_TARGET', `no <tuv> in the target language ${choice.targetLang ?? ''}; skipped.`.replace(' ;', ';'), {
      lang: choice.targetLang ?? '',
    });

  // Our own typed metadata comes back typed; a value we cannot parse stays a plain prop.
  // Notes and props of the <tu> and of the two chosen <tuv>s; other languages' metadata is not ours.
  const props = { ...target.props, ...source.props, ...tu.props };
  const status = parseBeadStatus(props[UNIT_PROP.status]);
  const confidence = parseConfidence(props[UNIT_PROP.confidence]);
  if (status !== null) delete props[UNIT_PROP.status];
  if (confidence !== null) delete props[UNIT_PROP.confidence];
  const attr = (name: string) => tu.attributes[name] ?? source.attributes[name];
  return {
    position: tu.position,
    tuid,
    sourceLang: source.lang as string,
    targetLang: target.lang as string,
    sourceText: source.text as string,
    targetText: target.text as string,
    created: parseTmxDate(attr('creationdate')),
    changed: parseTmxDate(attr('changedate')),
    creator: attr('creationid') ?? null,
    changer: attr('changeid') ?? null,
    status,
    confidence,
    notes: [...tu.notes, ...source.notes, ...target.notes],
    props,
  };
}

export function isTmxUnitProblem(result: TmxUnit | TmxUnitProblem): result is TmxUnitProblem {
  return 'code' in result;
}

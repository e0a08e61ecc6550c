// Turns two segment lists into the numeric document table the search runs on. Korean-only evidence
// (Hangul name skeletons, the built-in Korean-English list) is switched on only when one side is Korean.
import { buildDocumentTable, type DocumentTable } from './document-table';
import { baseLang, lengthUnits } from './language';
import { compileLexicon, type LexiconMatcher } from './lexicon-matcher';
import { FeatureInterner, SegmentIdCollector } from './feature-interner';
import { segmentFeatureIds, sideContext, type SideContext } from './segment-features';
import type { AlignInputSegment, AlignOptions } from './types';

export interface PreparedDocument {
  table: DocumentTable;
  source: readonly AlignInputSegment[];
  target: readonly AlignInputSegment[];
  lexicon: LexiconMatcher;
  srcLang: string;
  tgtLang: string;
}

function nameMode(own: string, other: string): SideContext['names'] {
  if (own === 'ko' && other !== 'ko') return 'hangul';
  if (own !== 'ko' && other === 'ko') return 'latin';
  return 'none';
}

export function prepareDocument(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
): PreparedDocument {
  const s = baseLang(opts.srcLang);
  const t = baseLang(opts.tgtLang);
  const lexicon = compileLexicon(opts.lexicon, opts.srcLang, opts.tgtLang);
  const hasEntries = (opts.lexicon?.entries.length ?? 0) > 0;
  const interner = new FeatureInterner();
  const collector = new SegmentIdCollector();
  const srcCtx = sideContext(s, nameMode(s, t), hasEntries ? lexicon.source : null, interner, collector);
  const tgtCtx = sideContext(t, nameMode(t, s), hasEntries ? lexicon.target : null, interner, collector);
  const describe = (segs: readonly AlignInputSegment[], ctx: SideContext) =>
    segs.map((seg) => ({ ids: segmentFeatureIds(seg.text, ctx), length: lengthUnits(seg.text), paragraph: seg.paragraph }));
  const table = buildDocumentTable(describe(source, srcCtx), describe(target, tgtCtx), interner);
  return { table, source, target, lexicon, srcLang: s, tgtLang: t };
}

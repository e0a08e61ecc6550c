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

/**
 * The document an alignment was prepared from, kept with the bead list alignSegments returned, so the
 * moved-link pass (which reads the same features) does not extract them a second time: on 20,000
 * sentences a side that extraction cost as much as the pass itself (decision 036). Held weakly: it lives
 * as long as the caller keeps the beads. A snapshot of the texts, paragraphs and options is kept with it,
 * so a caller that changed anything in between gets a freshly prepared document.
 */
interface KeptDocument {
  doc: PreparedDocument;
  source: { text: string; paragraph?: number }[];
  target: { text: string; paragraph?: number }[];
  srcLang: string;
  tgtLang: string;
  lexicon: AlignOptions['lexicon'];
  entries: unknown[] | undefined;
  entryCount: number;
}

const keptDocuments = new WeakMap<object, KeptDocument>();

const snapshot = (segs: readonly AlignInputSegment[]) => segs.map((s) => ({ text: s.text, paragraph: s.paragraph }));

export function keepPreparedDocument(result: object, doc: PreparedDocument, opts: AlignOptions): void {
  keptDocuments.set(result, {
    doc,
    source: snapshot(doc.source),
    target: snapshot(doc.target),
    srcLang: opts.srcLang,
    tgtLang: opts.tgtLang,
    lexicon: opts.lexicon,
    entries: opts.lexicon?.entries,
    entryCount: opts.lexicon?.entries.length ?? 0,
  });
}

function sameSegments(kept: readonly { text: string; paragraph?: number }[], segs: readonly AlignInputSegment[]): boolean {
  if (kept.length !== segs.length) return false;
  for (let k = 0; k < segs.length; k++) if (kept[k].text !== segs[k].text || kept[k].paragraph !== segs[k].paragraph) return false;
  return true;
}

/** The document kept with `result` when it was prepared from the same segments and options; otherwise a new one. */
export function preparedDocumentFor(
  result: object,
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
): PreparedDocument {
  const kept = keptDocuments.get(result);
  const same =
    kept !== undefined &&
    kept.srcLang === opts.srcLang &&
    kept.tgtLang === opts.tgtLang &&
    kept.lexicon === opts.lexicon &&
    kept.entries === opts.lexicon?.entries &&
    kept.entryCount === (opts.lexicon?.entries.length ?? 0) &&
    sameSegments(kept.source, source) &&
    sameSegments(kept.target, target);
  return same ? kept.doc : prepareDocument(source, target, opts);
}

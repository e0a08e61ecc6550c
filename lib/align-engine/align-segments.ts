// alignSegments: the engine's main entry. Validates size, prepares the document, searches, and turns
// path beads into EngineBeads with a calibrated confidence and a reason.
import { alignRange, type RangeResult } from './align-range';
import { emitBeads } from './emit-beads';
import { LEARN_MAX_SEGMENTS, learnDocumentLexicon } from './learn-document-lexicon';
import { AlignmentTooLargeError } from './errors';
import { DEFAULT_PARAMS, type ModelParams } from './model-params';
import type { PathBead } from './lattice';
import type { LengthModel } from './length-model';
import { prepareDocument, type PreparedDocument } from './prepare-document';
import { reexamineWeakLinks } from './reexamine-weak-links';
import type { AlignInputSegment, AlignOptions, EngineBead } from './types';

export const DEFAULT_MAX_CELLS = 4_000_000;
/** Text is read several times per segment; above this the input is refused before any work. */
export const MAX_TOTAL_CHARACTERS = 40_000_000;

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

export function checkInputSize(source: readonly AlignInputSegment[], target: readonly AlignInputSegment[]): void {
  let chars = 0;
  for (const s of source) chars += s.text.length;
  for (const t of target) chars += t.text.length;
  if (chars > MAX_TOTAL_CHARACTERS) throw new AlignmentTooLargeError(chars, MAX_TOTAL_CHARACTERS, 'characters');
}

export interface AlignedDocument {
  doc: PreparedDocument;
  beads: PathBead[];
  model: LengthModel;
  /** The document prepared with the caller's options (without learned pairs): what the moved-link pass reads. */
  plain: PreparedDocument;
}

/** The search without emitting: the prepared document (with learned pairs, if any) and its path. */
export function alignDocument(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
): AlignedDocument {
  checkInputSize(source, target);
  const doc = prepareDocument(source, target, opts);
  const all = (k: number) => range(0, k);
  const maxCells = opts.maxCells ?? DEFAULT_MAX_CELLS;
  const first = alignRange(doc, all(source.length), all(target.length), params, maxCells, null);
  const korean = doc.srcLang === 'ko' || doc.tgtLang === 'ko';
  if (!korean) return { doc, ...first, plain: doc };
  const settle = (d: PreparedDocument, r: RangeResult): AlignedDocument => ({
    doc: d,
    beads: reexamineWeakLinks(d, r.beads, r.model, params),
    model: r.model,
    plain: doc,
  });
  if (source.length + target.length > LEARN_MAX_SEGMENTS) return settle(doc, first);
  // a second pass with word pairs learned from the first pass's confident links (decision 027)
  const learned = learnDocumentLexicon(doc, first.beads);
  if (learned.length === 0) return settle(doc, first);
  const lexicon = { srcLang: opts.srcLang, tgtLang: opts.tgtLang, entries: [...(opts.lexicon?.entries ?? []), ...learned] };
  const second = prepareDocument(source, target, { ...opts, lexicon });
  return settle(second, alignRange(second, all(source.length), all(target.length), params, maxCells, null));
}

/**
 * The alignment with the document it was prepared from (the caller's options, without learned pairs): what
 * the moved-link pass reads, so alignWithMoves does not extract the features a second time (decision 044).
 */
export function alignAndPrepare(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
): { beads: EngineBead[]; prepared: PreparedDocument } {
  const { doc, beads, model, plain } = alignDocument(source, target, opts, params);
  return { beads: emitBeads(doc, beads, model), prepared: plain };
}

export function alignSegments(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
): EngineBead[] {
  return alignAndPrepare(source, target, opts, params).beads;
}

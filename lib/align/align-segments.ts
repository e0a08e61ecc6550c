// alignSegments: the engine's main entry. Validates size, prepares the document, searches, and turns
// path beads into EngineBeads with a calibrated confidence and a reason.
import { alignRange } from './align-range';
import { emitBeads } from './emit-beads';
import { AlignmentTooLargeError } from './errors';
import { DEFAULT_PARAMS, type ModelParams } from './model-params';
import { prepareDocument } from './prepare-document';
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

export function alignSegments(
  source: readonly AlignInputSegment[],
  target: readonly AlignInputSegment[],
  opts: AlignOptions,
  params: ModelParams = DEFAULT_PARAMS,
): EngineBead[] {
  checkInputSize(source, target);
  const doc = prepareDocument(source, target, opts);
  const all = (k: number) => range(0, k);
  const { beads, model } = alignRange(doc, all(source.length), all(target.length), params, opts.maxCells ?? DEFAULT_MAX_CELLS, null);
  return emitBeads(doc, beads, model);
}

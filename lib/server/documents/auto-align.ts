import 'server-only';
import { alignWithMoves, type Lexicon } from '@/lib/align-engine';
import { applyEngineMoves } from '@/lib/alignment/apply-engine-moves';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';
import { segmentText } from '@/lib/segment';
import { newId } from './new-id';

// Runs inside the engine worker only (lib/server/align/engine-tasks.ts; decision 025).
// Turns two raw texts into a document alignment with the engine: sentences per side (paragraph indices kept),
// then n:m beads with confidences and reasons, then the engine's moved links (decision 022).

export interface AutoAlignInput {
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
  format?: 'text' | 'html';
  abbreviations?: string[];
  lexicon?: Lexicon;
}

export function segmentSide(
  text: string,
  lang: string,
  side: Segment['side'],
  opts: { format?: 'text' | 'html'; abbreviations?: string[] },
): Segment[] {
  return segmentText(text, lang, opts).map((s) => ({ id: newId(), side, paragraph: s.paragraph, text: s.text }));
}

export function autoAlign(input: AutoAlignInput): Alignment {
  const opts = { format: input.format, abbreviations: input.abbreviations };
  const source = segmentSide(input.sourceText, input.sourceLang, 'source', opts);
  const target = segmentSide(input.targetText, input.targetLang, 'target', opts);
  const options = { srcLang: input.sourceLang, tgtLang: input.targetLang, lexicon: input.lexicon };
  // the moved-link pass may also realign what is left of weak links it took moved sentences from
  const { beads: engineBeads, moves: engineMoves } = alignWithMoves(source, target, options);
  const beads: Bead[] = engineBeads.map((b) => ({
    id: newId(),
    source: b.source.map((i) => source[i].id),
    target: b.target.map((j) => target[j].id),
    origin: 'auto',
    confidence: Math.round(b.confidence * 1000) / 1000,
    reason: b.reason,
    status: 'auto',
  }));
  const moves = engineMoves.map((m) => ({
    source: m.source.map((i) => source[i].id),
    target: m.target.map((j) => target[j].id),
    confidence: Math.round(m.confidence * 1000) / 1000,
    reason: m.reason,
  }));
  return applyEngineMoves({ source, target, beads }, moves);
}

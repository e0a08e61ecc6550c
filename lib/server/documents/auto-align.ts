import crypto from 'node:crypto';
import type { Alignment, Bead, Segment } from '@/lib/alignment/types';

// Turns two raw texts into a document alignment. Interim: one segment per paragraph, paragraphs paired in
// order, until the sentence engine (lib/segment, lib/align) is wired in.

export interface AutoAlignInput {
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
  abbreviations?: string[];
}

export function splitParagraphsPlain(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export function newId(): string {
  return crypto.randomUUID();
}

export function autoAlign(input: AutoAlignInput): Alignment {
  const toSegments = (text: string, side: Segment['side']): Segment[] =>
    splitParagraphsPlain(text).map((t, i) => ({ id: newId(), side, paragraph: i, text: t }));
  const source = toSegments(input.sourceText, 'source');
  const target = toSegments(input.targetText, 'target');
  const beads: Bead[] = [];
  for (let i = 0; i < Math.max(source.length, target.length); i += 1) {
    beads.push({
      id: newId(),
      source: source[i] ? [source[i].id] : [],
      target: target[i] ? [target[i].id] : [],
      origin: 'auto',
      confidence: 0.5,
      reason: 'paragraph order',
      status: 'auto',
    });
  }
  return { source, target, beads };
}

// A QA finding as people handle it (decision 041): a flag that names itself by what disagrees, so a reviewer's
// dismissal sticks to that disagreement and lapses when the text changes; and spans mapped onto the segments
// the editor draws.

import type { QaBead, QaFinding, QaSpan } from './types';

/** Longest part of a span's text that goes into a fingerprint: enough to tell two flags of one bead apart. */
const MAX_FINGERPRINT_PART = 80;

/** Characters a fingerprint may have (the dismissal API refuses longer ones). */
export const MAX_FINGERPRINT_CHARS = 600;

const spanTexts = (text: string, spans: readonly QaSpan[]) =>
  spans.map((s) => text.slice(s.start, s.end).slice(0, MAX_FINGERPRINT_PART).replace(/[|>]/g, ' ')).join('|');

/**
 * `check:source words>target words` — the same on every run over the same text, different when the
 * disagreeing words change. "number:4만2천>24,000".
 */
export function qaFingerprint(finding: Pick<QaFinding, 'check' | 'source' | 'target'>, bead: QaBead): string {
  return `${finding.check}:${spanTexts(bead.source, finding.source)}>${spanTexts(bead.target, finding.target)}`.slice(
    0,
    MAX_FINGERPRINT_CHARS,
  );
}

export interface QaDismissalView {
  reason: string;
  by: string;
  at: string;
}

/** A finding with its name and, once a reviewer dismissed it, who did and why. */
export type QaFlag = QaFinding & {
  fingerprint: string;
  dismissed: QaDismissalView | null;
};

/** Dismissals of one document, by bead id and fingerprint. */
export type QaDismissals = ReadonlyMap<string, ReadonlyMap<string, QaDismissalView>>;

export function toFlags(
  findings: readonly QaFinding[],
  bead: QaBead,
  dismissals: ReadonlyMap<string, QaDismissalView> | undefined,
): QaFlag[] {
  return findings.map((finding) => {
    const fingerprint = qaFingerprint(finding, bead);
    return { ...finding, fingerprint, dismissed: dismissals?.get(fingerprint) ?? null };
  });
}

export const openFlags = (flags: readonly QaFlag[]): QaFlag[] => flags.filter((f) => f.dismissed === null);

/** A span inside one segment of a bead's side: `segment` is its position in the bead. */
export interface SegmentSpan {
  segment: number;
  start: number;
  end: number;
}

/**
 * Finding spans are offsets into a side's segments joined by one space (decision 033); the editor draws each
 * segment on its own, so each span is cut at segment boundaries and made relative to its segment.
 */
export function segmentSpans(spans: readonly QaSpan[], segmentTexts: readonly string[]): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  let offset = 0;
  segmentTexts.forEach((text, segment) => {
    const end = offset + text.length;
    for (const span of spans) {
      const from = Math.max(span.start, offset);
      const to = Math.min(span.end, end);
      if (from < to) out.push({ segment, start: from - offset, end: to - offset });
    }
    offset = end + 1;
  });
  return out;
}

// A segment's text with the spans a QA flag points at marked (decision 041), and the search matches highlighted
// in the rest. The text content stays the segment's text exactly (span comments read offsets from it).

import type { SegmentSpan } from '@/lib/qa/qa-flags';
import { HighlightedText } from '../beads/highlighted-text';
import styles from './qa.module.css';

export function QaText({ text, query, spans }: { text: string; query: string; spans: readonly SegmentSpan[] }) {
  if (spans.length === 0) return <HighlightedText text={text} query={query} />;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: { text: string; mark: boolean }[] = [];
  let from = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, from);
    if (span.end <= start) continue;
    if (start > from) parts.push({ text: text.slice(from, start), mark: false });
    parts.push({ text: text.slice(start, span.end), mark: true });
    from = span.end;
  }
  if (from < text.length) parts.push({ text: text.slice(from), mark: false });
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className={styles.mark} data-qa-mark="">
            {part.text}
          </mark>
        ) : (
          <HighlightedText key={i} text={part.text} query={query} />
        ),
      )}
    </>
  );
}

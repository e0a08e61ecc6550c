import type { ReactNode } from 'react';

/** Text with the given spans (UTF-16 offsets, end exclusive, in order, not overlapping) wrapped in <mark>. */
export function MarkedText({ text, spans }: { text: string; spans: readonly { start: number; end: number }[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

// A comment can sit on a span of one segment's text: the user selects words in a segment, then presses `i`.
// `readTextSpan` reads the browser's selection (DOM); `normaliseSpan` is the pure part: it trims the spaces a
// double-click or a drag picks up at the edges and refuses empty or out-of-range spans.

export interface TextSpan {
  segmentId: string;
  /** UTF-16 offsets into the segment's text, end exclusive (as the comments API takes them). */
  start: number;
  end: number;
  quote: string;
}

export function normaliseSpan(segmentId: string, text: string, start: number, end: number): TextSpan | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  if (from >= to) return null;
  return { segmentId, start: from, end: to, quote: text.slice(from, to) };
}

/** The element holding a segment's text (bead-row.tsx marks it), around a DOM node. */
function textElementOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-segment-text]') ?? null;
}

/** Characters of `container`'s text before the point (node, offset). */
function offsetWithin(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The text selected inside one segment, when there is such a selection. */
export function readTextSpan(selection: Selection | null): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = textElementOf(range.startContainer);
  if (!container || container !== textElementOf(range.endContainer)) return null;
  const segmentId = container.dataset.segmentText;
  if (!segmentId) return null;
  const start = offsetWithin(container, range.startContainer, range.startOffset);
  const end = offsetWithin(container, range.endContainer, range.endOffset);
  return normaliseSpan(segmentId, container.textContent ?? '', start, end);
}

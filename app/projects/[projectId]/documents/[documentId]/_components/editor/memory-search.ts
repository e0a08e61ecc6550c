// "Search memory" (issue 15): the words selected in the editor, as a concordance search of this project's memory.
// Pure, so the key handler and the toolbar button build the same link.

/** The concordance query's limits (lib/server/concordance/search-concordance.ts). */
const MIN_CHARS = 2;
const MAX_CHARS = 200;

/** The concordance page for the selected text, or null when the selection is too short to search. */
export function memorySearchHref(selected: string | null | undefined, projectId: string): string | null {
  const q = (selected ?? '').replace(/\s+/g, ' ').trim();
  if ([...q].length < MIN_CHARS) return null;
  const clipped = [...q].slice(0, MAX_CHARS).join('').trim();
  return `/concordance?${new URLSearchParams({ q: clipped, project: projectId }).toString()}`;
}

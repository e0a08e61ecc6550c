// The one way to link to a bead (issue 12): the editor opens the document with that bead selected and scrolled
// into view. Used wherever a bead is named: My queue, history, comments and mentions. Pure.

export function beadHref(projectId: string, documentId: string, beadId?: string | null): string {
  const base = `/projects/${encodeURIComponent(projectId)}/documents/${encodeURIComponent(documentId)}`;
  return beadId ? `${base}?bead=${encodeURIComponent(beadId)}` : base;
}

/** The bead a link asks for: one id, in the shape ids have (anything else is ignored, never an error). */
export function beadFromQuery(value: string | string[] | undefined): string | null {
  const id = Array.isArray(value) ? value[0] : value;
  return typeof id === 'string' && /^[\w-]{1,100}$/.test(id) ? id : null;
}

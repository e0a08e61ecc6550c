// How far a document (or a project) is: the one definition the editor, the project page, the dashboard and the
// API all show (issue 12, decision 023). Excluded beads are out of review: they count neither as done nor in the
// total, so a signed-off document (every bead approved or excluded) is always at 100%. Pure.

import type { BeadStatus } from './review-states';

export interface ReviewProgress {
  /** Every bead, excluded ones included. */
  beads: number;
  /** Taken out of review; not counted below. */
  excluded: number;
  /** The beads progress is measured over: `beads - excluded`. */
  counted: number;
  /** Confirmed by an editor, waiting for a reviewer. */
  confirmed: number;
  approved: number;
  /** `confirmed + approved`. */
  done: number;
  /** done / counted, 0..1; 1 when every bead is excluded; 0 for a document without beads. */
  ratio: number;
  /** Whole percent, rounded down: 100 only when nothing is left. */
  percent: number;
}

export function reviewProgress(statuses: Iterable<BeadStatus>): ReviewProgress {
  return progressFromCounts(countStatuses(statuses));
}

export type StatusCounts = Partial<Record<BeadStatus, number>>;

export function countStatuses(statuses: Iterable<BeadStatus>): StatusCounts {
  const counts: StatusCounts = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The same, from counts per status (what a SQL `GROUP BY status` gives). */
export function progressFromCounts(counts: StatusCounts): ReviewProgress {
  const n = (status: BeadStatus) => Math.max(0, Math.trunc(counts[status] ?? 0));
  const beads = (Object.keys(counts) as BeadStatus[]).reduce((sum, status) => sum + n(status), 0);
  const excluded = n('excluded');
  const confirmed = n('confirmed');
  const approved = n('approved');
  const counted = beads - excluded;
  const done = confirmed + approved;
  const ratio = counted === 0 ? (beads === 0 ? 0 : 1) : done / counted;
  return { beads, excluded, counted, confirmed, approved, done, ratio, percent: Math.floor(ratio * 100 + 1e-9) };
}

// Which beads go into a translation memory. Pure and separate from the writers so the preview
// ("312 of 340 units will be exported") and the export itself use the same rule.

import type { BeadStatus } from '@/lib/alignment/types';

export interface ExportFilter {
  /** true (default): only approved beads. false: everything except rejected and excluded beads. */
  approvedOnly: boolean;
  /** Engine beads below this confidence are left out; beads a person made (null) always pass. */
  minConfidence: number | null;
  /** Beads with any of these labels are left out (compared case-insensitively). */
  excludeLabels: readonly string[];
}

export const DEFAULT_EXPORT_FILTER: ExportFilter = {
  approvedOnly: true,
  minConfidence: null,
  excludeLabels: ['rewrite', 'exclude-from-tm'],
};

export interface FilterCandidate {
  status: BeadStatus;
  confidence: number | null;
  labels: readonly string[];
}

const NEVER_EXPORTED: readonly BeadStatus[] = ['rejected', 'excluded'];

export function resolveExportFilter(partial: Partial<ExportFilter> = {}): ExportFilter {
  return { ...DEFAULT_EXPORT_FILTER, ...partial };
}

export function passesExportFilter(candidate: FilterCandidate, filter: ExportFilter = DEFAULT_EXPORT_FILTER): boolean {
  if (filter.approvedOnly ? candidate.status !== 'approved' : NEVER_EXPORTED.includes(candidate.status)) return false;
  if (filter.minConfidence !== null && candidate.confidence !== null && candidate.confidence < filter.minConfidence) {
    return false;
  }
  const excluded = new Set(filter.excludeLabels.map((label) => label.trim().toLowerCase()));
  return !candidate.labels.some((label) => excluded.has(label.trim().toLowerCase()));
}

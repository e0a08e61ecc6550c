// The plain record every writer takes: one translation unit, already joined and filtered. Writers
// never see an Alignment; `alignmentToUnits` makes units, and the database layer may make them too.

import type { BeadStatus } from '@/lib/alignment/types';

export interface ExportUnit {
  /** Unique within one export file (TMX tuid, XLIFF trans-unit id). */
  tuid: string;
  sourceText: string;
  targetText: string;
  /** Codes as they should appear in the file (`ko-KR` or `ko`). */
  sourceLang: string;
  targetLang: string;
  created: Date;
  changed: Date;
  creator: string;
  changer: string;
  status: BeadStatus | null;
  /** Engine confidence in [0, 1]; null when a person made the link. */
  confidence: number | null;
  /** Free-text comments, in order. */
  notes: string[];
  /** Extra metadata written as `<prop type="key">`; keys from UNIT_PROP where one fits. */
  props: Record<string, string>;
}

/** Prop types we write. TMX reserves un-prefixed types for the spec; user types start with `x-`. */
export const UNIT_PROP = {
  documentTitle: 'x-document-title',
  sourceUrl: 'x-source-url',
  targetUrl: 'x-target-url',
  beadType: 'x-bead-type',
  reviewer: 'x-reviewer',
  labels: 'x-labels',
  /** Open translation QA flags of the unit's beads, one per line (decision 041). */
  qa: 'x-qa',
  /** Written from the typed fields, never taken from `props`. */
  status: 'x-status',
  confidence: 'x-confidence',
} as const;

const BEAD_STATUSES: readonly BeadStatus[] = ['auto', 'edited', 'confirmed', 'approved', 'rejected', 'excluded'];

export function parseBeadStatus(value: string | undefined): BeadStatus | null {
  return BEAD_STATUSES.find((status) => status === value) ?? null;
}

export function parseConfidence(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** TMX/ISO 8601 basic format in UTC: `YYYYMMDDThhmmssZ`. Milliseconds are dropped. */
export function formatTmxDate(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** Reads `YYYYMMDDThhmmssZ`; anything else gives null (a reader reports, it does not guess). */
export function parseTmxDate(value: string | undefined): Date | null {
  const m = value?.trim().match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `2-1` for two source segments and one target segment. */
export function beadType(sourceCount: number, targetCount: number): string {
  return `${sourceCount}-${targetCount}`;
}

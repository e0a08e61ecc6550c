// Toggling one label in a bead's label set, in the vocabulary's order (the order the server stores). Pure.

import { BEAD_LABELS, type BeadLabel } from '@/lib/review/bead-labels';

export function toggleLabel(labels: readonly string[], label: BeadLabel): BeadLabel[] {
  const on = labels.includes(label);
  return BEAD_LABELS.filter((l) => (l === label ? !on : labels.includes(l)));
}

/** The label a digit key toggles in the picker: `1` is the first label of the vocabulary. */
export function labelForKey(key: string): BeadLabel | null {
  const n = /^[1-9]$/.test(key) ? Number(key) : 0;
  return BEAD_LABELS[n - 1] ?? null;
}

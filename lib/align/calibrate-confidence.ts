// Maps a bead's posterior (from forward-backward over the lattice) to the confidence shown to editors.
// The mapping is checked on the dev sets by the benchmark's reliability table: among beads with
// confidence >= 0.9, at least 90% must be exactly right.
import type { PathBead } from './lattice';

export function calibrateConfidence(bead: PathBead): number {
  return Math.round(Math.min(1, Math.max(0, bead.posterior)) * 1000) / 1000;
}

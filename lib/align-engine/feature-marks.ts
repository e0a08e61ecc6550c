// Marks on feature ids, reused from call to call: a generation number per mark set instead of a Set (or a
// cleared array) per bead. beadEvidence and explainBead run once per bead of a 20,000-bead document, and
// two Sets per call were a tenth of their cost plus the garbage; the lattice's feature-sized scratch arrays
// come from here too, so the moved-link pass's hundreds of small searches do not each allocate and clear
// arrays as long as the document's vocabulary (decision 036).

export class FeatureMarks {
  private marks = new Int32Array(0);
  private generation = 0;

  /**
   * `count` new, empty mark sets for ids below `size`: returns the array and the first generation; the
   * sets are generation, generation + 1, ..., generation + count - 1, and an array value means "marked in
   * set g" when it equals g. Every value already in the array is below `generation` (older sets, or 0), so
   * nothing is cleared between calls. Valid until the next `begin` on the same instance.
   */
  begin(size: number, count = 1): { marks: Int32Array; generation: number } {
    if (this.marks.length < size) {
      this.marks = new Int32Array(Math.max(size, 2 * this.marks.length));
      this.generation = 0;
    } else if (this.generation + count >= LIMIT) {
      if (count >= LIMIT) throw new RangeError(`FeatureMarks: ${count} mark sets at once`);
      this.marks.fill(0);
      this.generation = 0;
    }
    const first = this.generation + 1;
    this.generation += count;
    return { marks: this.marks, generation: first };
  }
}

/** Generations stay below this (int32). */
const LIMIT = 0x7ffffff0;

// Marks on feature ids, reused from call to call: a generation number per mark set instead of a Set (or a
// cleared array) per bead. beadEvidence and explainBead run once per bead of a 20,000-bead document, and
// two Sets per call were a tenth of their cost plus the garbage (decision 036).

export class FeatureMarks {
  private marks = new Int32Array(0);
  private generation = 0;

  /**
   * A new, empty mark set for ids below `size`: returns the array and the generation that means "marked".
   * Any other value (an older generation, 0) means "not marked", so nothing is cleared between sets.
   * Valid until the next `begin` on the same instance.
   */
  begin(size: number): { marks: Int32Array; generation: number } {
    if (this.marks.length < size) {
      this.marks = new Int32Array(Math.max(size, 2 * this.marks.length));
      this.generation = 0;
    } else if (this.generation >= 0x7ffffffe) {
      this.marks.fill(0);
      this.generation = 0;
    }
    this.generation++;
    return { marks: this.marks, generation: this.generation };
  }
}

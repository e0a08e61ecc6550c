// Feature keys ("n:2024", "w:gover", "nm:TRMP", "c:17") are interned to small integers once per document,
// shared by both sides, so everything after extraction works on integer ids: no per-segment maps of
// strings, no re-hashing of the same key for every segment it appears in.

export class FeatureInterner {
  private readonly index = new Map<string, number>();
  /** Per id: the key. */
  readonly keys: string[] = [];
  /** Per id: the highest match probability any occurrence gave it. */
  readonly pm: number[] = [];

  id(key: string, pm: number): number {
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.index.set(key, id);
      this.keys.push(key);
      this.pm.push(pm);
    } else if (pm > this.pm[id]) this.pm[id] = pm;
    return id;
  }
}

/**
 * Collects the distinct ids of one segment at a time (a generation stamp instead of a Set per segment). The
 * segments' ids go one after the other into a shared pool, and each segment gets a view of its part: a
 * typed array with its own buffer per segment cost more than extracting its features did (decision 036
 * addendum). When the pool grows, earlier views keep the old buffer (at most as much again, until the
 * document table has read them).
 */
export class SegmentIdCollector {
  private seen = new Int32Array(1024);
  private generation = 0;
  private pool = new Int32Array(4096);
  private start = 0;
  private end = 0;

  begin(): void {
    this.generation++;
    this.start = this.end;
  }

  add(id: number): void {
    if (id >= this.seen.length) {
      const grown = new Int32Array(Math.max(id + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    if (this.seen[id] !== this.generation) {
      this.seen[id] = this.generation;
      if (this.end === this.pool.length) {
        const grown = new Int32Array(2 * this.pool.length);
        grown.set(this.pool);
        this.pool = grown;
      }
      this.pool[this.end++] = id;
    }
  }

  addAll(ids: readonly number[]): void {
    for (let k = 0; k < ids.length; k++) this.add(ids[k]);
  }

  /** The segment's distinct ids, in the order first added (a view that stays valid). */
  finish(): Int32Array {
    return this.pool.subarray(this.start, this.end);
  }
}

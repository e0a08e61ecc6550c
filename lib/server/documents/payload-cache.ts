import 'server-only';

// A small bounded LRU of built answers, in process memory (decision 051). Keys name everything an answer depends
// on (the document's version and whatever else), so an entry is never stale, only unused: the web app stays
// stateless, and each instance keeps its own. Concurrent requests for one key share one build (fifty readers
// opening a document at once build it once). Bounded by entries and by bytes; an entry larger than the byte
// bound is answered but never kept.

export interface PayloadCacheLimits {
  entries: number;
  bytes: number;
}

/** What a build answers: the value, its size, and whether it may be kept (false when it was read at another version). */
export interface Built<V> {
  value: V;
  bytes: number;
  keep: boolean;
}

export class PayloadCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private readonly building = new Map<string, Promise<V>>();
  private heldBytes = 0;
  /** Builds started (not answers served): what tests count. */
  builds = 0;

  constructor(private readonly limits: PayloadCacheLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  async get(key: string, build: () => Promise<Built<V>>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used goes last: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const pending = this.building.get(key);
    if (pending) return pending;
    this.builds += 1;
    const run = build().then(({ value, bytes, keep }) => {
      if (keep) this.remember(key, value, bytes);
      return value;
    });
    this.building.set(key, run);
    // A failed build is not kept: the next request builds again.
    void run.finally(() => this.building.delete(key)).catch(() => {});
    return run;
  }

  private remember(key: string, value: V, bytes: number): void {
    if (bytes > this.limits.bytes) return;
    this.forget(key);
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
    while (this.entries.size > this.limits.entries || this.heldBytes > this.limits.bytes) {
      this.forget(this.entries.keys().next().value as string);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}

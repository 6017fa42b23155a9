/**
 * A bounded cache with two generations: hits in the old generation are promoted, and when the
 * current generation is full it becomes the old one and the previous old one is dropped. It holds
 * at most 2 × limit entries, costs one Map lookup per hit, and keeps whatever is in steady use
 * (Vietnamese text reuses a few thousand syllables, so nearly every lookup hits).
 */
export class TwoGenerationCache<K, V> {
  private current = new Map<K, V>();
  private old = new Map<K, V>();
  hits = 0;
  misses = 0;

  constructor(readonly limit: number) {
    if (!(limit > 0)) throw new RangeError("cache limit must be positive");
  }

  get size(): number {
    return this.current.size + this.old.size;
  }

  getOrCreate(key: K, create: (key: K) => V): V {
    let value = this.current.get(key);
    if (value !== undefined) {
      this.hits++;
      return value;
    }
    value = this.old.get(key);
    if (value !== undefined) this.hits++;
    else {
      this.misses++;
      value = create(key);
    }
    if (this.current.size >= this.limit) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return value;
  }

  clear(): void {
    this.current.clear();
    this.old.clear();
    this.hits = this.misses = 0;
  }
}

/**
 * A least-recently-used cache bounded by an estimate of the bytes its entries hold. Entries keep
 * their expiry but are not dropped when they expire: an expired copy is what the server serves,
 * marked stale, when the platform fails. Only eviction removes entries.
 */

export interface CacheEntry<V> {
  value: V;
  /** Epoch ms when the value was stored. */
  storedAt: number;
  /** Epoch ms after which the value is stale (`Infinity`: never). */
  expiresAt: number;
  /** Estimated bytes, key included. */
  size: number;
}

/**
 * @example const cache = new ByteLruCache<string>(1024, (key, value) => 2 * (key.length + value.length));
 */
export class ByteLruCache<V> {
  readonly #entries = new Map<string, CacheEntry<V>>();
  readonly #maxBytes: number;
  readonly #sizeOf: (key: string, value: V) => number;
  #bytes = 0;

  constructor(maxBytes: number, sizeOf: (key: string, value: V) => number) {
    this.#maxBytes = maxBytes;
    this.#sizeOf = sizeOf;
  }

  /** The entry for `key`, fresh or expired, marked as most recently used. */
  get(key: string): CacheEntry<V> | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // A Map iterates in insertion order: re-inserting makes the entry the most recent.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Stores `value`, evicting least recently used entries to stay within the byte bound. */
  set(key: string, value: V, storedAt: number, expiresAt: number): void {
    this.delete(key);
    const size = this.#sizeOf(key, value);
    if (size > this.#maxBytes) return;
    this.#entries.set(key, { value, storedAt, expiresAt, size });
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.size;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get count(): number {
    return this.#entries.size;
  }
}

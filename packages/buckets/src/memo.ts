/**
 * A bounded memo for the hot paths of bucket math (offsets per quarter hour, calendar starts per
 * day, formatters per zone): one home for "remember, and forget everything past a limit".
 *
 * Not `lru-cache`, which the server uses for its caches: this package is bundled into the web
 * app, where lru-cache 11.5.3 added 5.6 KB gzipped to the entry chunk (22.83 KB to 28.42 KB,
 * `pnpm --filter @footfall/web build`), and it made 1e6 offset look-ups about twice as slow
 * (a Map is one `get` on a hit; an LRU also moves the key to the front). These values are cheap
 * to compute again, so forgetting all at once is as good a bound as forgetting the oldest.
 */

/**
 * `compute`, remembering its value per key; past `limit` keys it forgets them all at once (a cheap
 * bound on memory for values that are cheap to compute again). A `compute` that throws is not
 * remembered.
 *
 * @example const square = memoize((n: number) => n * n, 1000); square(12) // 144, computed once
 */
export function memoize<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    let value = values.get(key);
    // Stryker disable next-line ConditionalExpression: computing again gives the same value; the memo only saves time
    if (value === undefined) {
      value = compute(key);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: forgetting sooner or later gives the same values; the limit only bounds memory
      if (values.size >= limit) values.clear();
      values.set(key, value);
    }
    return value;
  };
}

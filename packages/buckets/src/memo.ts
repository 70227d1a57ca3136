/**
 * A bounded memo for the hot paths of bucket math (offsets per quarter hour, calendar starts per
 * day, formatters per zone): one home for "remember, and forget everything past a limit".
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

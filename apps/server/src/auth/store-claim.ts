/** The stores an OpenID Provider's claim grants. */
import { ALL_STORES } from '@footfall/contract';

/** The claim's store ids: an array of strings, or one string of ids split by spaces or commas. */
export function storesFromClaim(value: unknown): string[] | undefined {
  const ids = Array.isArray(value)
    ? value.filter((id): id is string => typeof id === 'string')
    : typeof value === 'string'
      ? value.split(/[\s,]+/)
      : undefined;
  if (ids === undefined) return undefined;
  const clean = ids.map((id) => id.trim()).filter((id) => id !== '');
  return clean.includes(ALL_STORES) ? [ALL_STORES] : [...new Set(clean)];
}

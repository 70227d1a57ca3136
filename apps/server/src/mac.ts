/** Device MACs as people write them, made into what the platform takes. */
import { isPlatformMac } from '@footfall/opretail';

/**
 * Normalises a MAC written with `:` or `-` separators or in capitals, or returns `undefined`
 * when it is not one.
 *
 * @example normalizeMac('D4:7C:44:90:6F:14') // 'd47c44906f14'
 */
export function normalizeMac(text: string): string | undefined {
  const mac = text.trim().replace(/[:-]/g, '').toLowerCase();
  return isPlatformMac(mac) ? mac : undefined;
}

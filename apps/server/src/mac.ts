/** Device MACs as the platform wants them: 12 lowercase hex digits. */

const MAC = /^[0-9a-f]{12}$/;

/**
 * Normalises a MAC written with `:` or `-` separators or in capitals, or returns `undefined`
 * when it is not one.
 *
 * @example normalizeMac('D4:7C:44:90:6F:14') // 'd47c44906f14'
 */
export function normalizeMac(text: string): string | undefined {
  const mac = text.trim().replace(/[:-]/g, '').toLowerCase();
  return MAC.test(mac) ? mac : undefined;
}
